package provision

import (
	"context"
	"os"

	cf "github.com/cloudflare/cloudflare-go"
)

// accountAPI returns a client for account-level calls. Some of those (Load
// Balancer monitors on the old plan) failed with tokens, so when
// TUNNELSMITH_LEGACY_AUTH is set we flip the client to key+email.
func accountAPI(ctx context.Context, s Settings) (*cf.API, error) {
	api, err := cf.NewWithAPIToken(s.APIToken)
	if err != nil {
		return nil, err
	}
	if os.Getenv("TUNNELSMITH_LEGACY_AUTH") != "" {
		api.APIKey = os.Getenv("CLOUDFLARE_API_KEY")
		api.APIEmail = os.Getenv("CLOUDFLARE_EMAIL")
		api.SetAuthType(cf.AuthKeyEmail)
	}
	if _, err := api.UserDetails(ctx); err != nil {
		return nil, err
	}
	return api, nil
}
