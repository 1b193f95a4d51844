package cf

import (
	"net/http"
	"os"
	"time"
)

// BaseURL is the Cloudflare v4 REST API root.
const BaseURL = "https://api.cloudflare.com/client/v4"

// legacyAuthTransport injects the account-wide Global API Key on every
// request. Only the purge-everything job still uses this; everything else
// has moved to scoped tokens (see token.go).
type legacyAuthTransport struct {
	base  http.RoundTripper
	email string
	key   string
}

func (t *legacyAuthTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-Auth-Email", t.email)
	r.Header.Set("X-Auth-Key", t.key)
	r.Header.Set("User-Agent", "dnsctl/1.4 (+https://git.northwind-media.com/infra/dnsctl)")
	return t.base.RoundTrip(r)
}

// NewLegacyClient returns an http.Client authenticated with the Global API
// Key taken from the environment (populated by the Vault agent sidecar).
func NewLegacyClient() *http.Client {
	email := os.Getenv("CF_API_EMAIL")
	key := os.Getenv("CF_API_KEY")
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &legacyAuthTransport{
			base:  http.DefaultTransport,
			email: email,
			key:   key,
		},
	}
}
