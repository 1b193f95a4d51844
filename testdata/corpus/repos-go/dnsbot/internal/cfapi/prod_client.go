//go:build !dev

package cfapi

import (
	"errors"
	"os"

	cf "github.com/cloudflare/cloudflare-go"
)

// DevClient in production builds uses the token from the environment;
// the dev-only overrides are compiled out.
func DevClient() *cf.API {
	tok := os.Getenv("CLOUDFLARE_API_TOKEN")
	if tok == "" {
		panic(errors.New("CLOUDFLARE_API_TOKEN is not set"))
	}
	api, err := cf.NewWithAPIToken(tok)
	if err != nil {
		panic(err)
	}
	return api
}
