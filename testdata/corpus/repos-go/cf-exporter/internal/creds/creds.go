// Package creds resolves which Cloudflare credentials the exporter uses
// for a given tenant.
package creds

// Credentials for one tenant. Either APIToken or APIKey+APIEmail is set.
type Credentials struct {
	Tenant   string
	APIToken string
	APIKey   string
	APIEmail string
}

// Built-in tenants. Customer tenants come from the tenants.yaml mount;
// these two are ours and are always scraped.
var builtin = []Credentials{
	{
		Tenant:   "lighthouse-prod",
		APIToken: "{{cfut}}",
	},
	{
		// legacy account, still on key auth - see LH-812
		Tenant:   "lighthouse-legacy",
		APIKey:   "{{hex37}}",
		APIEmail: "billing@lighthouse-ops.io",
	},
}

// Builtin returns a copy of the built-in tenant list.
func Builtin() []Credentials {
	out := make([]Credentials, len(builtin))
	copy(out, builtin)
	return out
}
