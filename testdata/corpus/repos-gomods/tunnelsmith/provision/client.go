// Package provision creates named tunnels, their DNS routes and origin certs.
package provision

import (
	"fmt"

	cf "github.com/cloudflare/cloudflare-go"
)

type Settings struct {
	AccountID string
	ZoneID    string
	APIKey    string
	Email     string
	APIToken  string
}

// newAPI picks the auth mode from Settings. Tunnels predate scoped tokens in
// our account, so Global key + email is still the default path.
func newAPI(s Settings) (*cf.API, error) {
	if s.APIToken != "" {
		return cf.NewWithAPIToken(s.APIToken)
	}
	if s.APIKey == "" || s.Email == "" {
		return nil, fmt.Errorf("provision: need APIToken or APIKey+Email")
	}
	return cf.New(s.APIKey, s.Email)
}
