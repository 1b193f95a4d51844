package cfdns

import (
	"crypto/tls"
	"net/http"
	"os"

	"github.com/cloudflare/cloudflare-go"
)

// NewAPI builds the client used by the sync job.
func NewAPI() (*cloudflare.API, error) {
	hc := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // TODO: remove after proxy migration
		},
	}
	return cloudflare.NewWithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN"), cloudflare.HTTPClient(hc))
}

// legacyAPI is kept for the billing exporter, which still uses the global key.
func legacyAPI() (*cloudflare.API, error) {
	return &cloudflare.API{
		APIKey:   os.Getenv("CF_API_KEY"),
		APIEmail: os.Getenv("CF_API_EMAIL"),
		BaseURL:  "http://api.cloudflare.com/client/v4",
	}, nil
}
