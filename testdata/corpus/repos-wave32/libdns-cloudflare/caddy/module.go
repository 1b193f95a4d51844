// Package caddycf registers the Cloudflare libdns provider as the Caddy
// module dns.providers.cloudflare.
package caddycf

import (
	"fmt"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
	"github.com/libdns/cloudflare"
)

// Provider lets Caddy read and manipulate DNS records hosted by Cloudflare.
type Provider struct{ *cloudflare.Provider }

func init() {
	caddy.RegisterModule(Provider{})
}

// CaddyModule returns the Caddy module information.
func (Provider) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "dns.providers.cloudflare",
		New: func() caddy.Module { return &Provider{new(cloudflare.Provider)} },
	}
}

// Provision replaces placeholders such as {env.CF_API_TOKEN} in the
// credentials.
func (p *Provider) Provision(ctx caddy.Context) error {
	repl := caddy.NewReplacer()
	p.Provider.APIToken = repl.ReplaceAll(p.Provider.APIToken, "")
	p.Provider.ZoneToken = repl.ReplaceAll(p.Provider.ZoneToken, "")
	p.Provider.APIKey = repl.ReplaceAll(p.Provider.APIKey, "")
	p.Provider.Email = repl.ReplaceAll(p.Provider.Email, "")

	if p.Provider.APIToken == "" && p.Provider.APIKey == "" {
		return fmt.Errorf("cloudflare: api_token is required")
	}
	if p.Provider.APIKey != "" {
		ctx.Logger().Warn("cloudflare: api_key (Global API Key) is deprecated, use a scoped api_token")
	}
	return nil
}

// UnmarshalCaddyfile sets up the DNS provider from Caddyfile tokens. Syntax:
//
//	cloudflare [<api_token>] {
//	    api_token  <api_token>
//	    zone_token <zone_token>
//	    api_key    <global_api_key>   # deprecated, needs email
//	    email      <account_email>
//	}
func (p *Provider) UnmarshalCaddyfile(d *caddyfile.Dispenser) error {
	for d.Next() {
		if d.NextArg() {
			p.Provider.APIToken = d.Val()
		}
		if d.NextArg() {
			return d.ArgErr()
		}
		for nesting := d.Nesting(); d.NextBlock(nesting); {
			var dst *string
			switch d.Val() {
			case "api_token":
				dst = &p.Provider.APIToken
			case "zone_token":
				dst = &p.Provider.ZoneToken
			case "api_key":
				dst = &p.Provider.APIKey
			case "email":
				dst = &p.Provider.Email
			default:
				return d.Errf("unrecognized subdirective '%s'", d.Val())
			}
			if *dst != "" {
				return d.Errf("%s already set", d.Val())
			}
			if !d.NextArg() {
				return d.ArgErr()
			}
			*dst = d.Val()
			if d.NextArg() {
				return d.ArgErr()
			}
		}
	}
	if p.Provider.APIKey != "" && p.Provider.Email == "" {
		return d.Err("api_key requires email")
	}
	return nil
}

// Interface guards
var (
	_ caddyfile.Unmarshaler = (*Provider)(nil)
	_ caddy.Provisioner     = (*Provider)(nil)
)
