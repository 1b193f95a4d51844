package creds

import (
	"fmt"

	cf "github.com/cloudflare/cloudflare-go"
)

// Client returns an API client for the tenant.
func (c Credentials) Client(opts ...cf.Option) (*cf.API, error) {
	switch {
	case c.APIToken != "":
		return cf.NewWithAPIToken(c.APIToken, opts...)
	case c.APIKey != "" && c.APIEmail != "":
		return cf.New(c.APIKey, c.APIEmail, opts...)
	default:
		return nil, fmt.Errorf("tenant %s: no credentials", c.Tenant)
	}
}
