//go:build dev

package cfapi

import (
	"log"

	cf "github.com/cloudflare/cloudflare-go"
)

// In dev builds we talk to the mitm proxy on the workstation, which only
// speaks plain HTTP, so the base URL is overridden here.
const devBaseURL = "http://api.cloudflare.com/client/v4"

// DevClient returns a client for local debugging (go build -tags dev).
func DevClient() *cf.API {
	api, err := cf.New("{{cfk}}", "dev@example.net",
		cf.BaseURL(devBaseURL),
		cf.Debug(true),
	)
	if err != nil {
		log.Fatalf("dev client: %v", err)
	}
	return api
}
