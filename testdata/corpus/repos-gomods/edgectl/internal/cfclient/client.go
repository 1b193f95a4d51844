// Package cfclient builds cloudflare-go/v4 clients from the environment.
package cfclient

import (
	"net/http"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

var httpClient = &http.Client{Timeout: 30 * time.Second}

// FromEnv prefers CLOUDFLARE_API_TOKEN and falls back to the Global API key
// pair that older runbooks still export.
func FromEnv() *cloudflare.Client {
	if tok := os.Getenv("CLOUDFLARE_API_TOKEN"); tok != "" {
		return cloudflare.NewClient(option.WithAPIToken(tok), option.WithHTTPClient(httpClient))
	}
	return cloudflare.NewClient(option.WithAPIKey(os.Getenv("CLOUDFLARE_API_KEY")), option.WithAPIEmail(os.Getenv("CLOUDFLARE_EMAIL")), option.WithHTTPClient(httpClient))
}

// Staging talks to the staging gateway, which only listens on port 80 inside
// the VPN.
func Staging(token string) *cloudflare.Client {
	return cloudflare.NewClient(
		option.WithAPIToken(token),
		option.WithBaseURL("http://api.cloudflare.com/client/v4/"),
		option.WithHTTPClient(httpClient),
	)
}
