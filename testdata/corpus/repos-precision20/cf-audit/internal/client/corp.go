package client

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go/v4/option"
)

// corpEgress is the HTTP client for laptops on the office network, where
// all HTTPS is intercepted by the SWG appliance. Its CA is pushed by MDM to
// the keychain but Go on macOS builds with CGO_ENABLED=0 does not read it.
type corpEgress struct {
	hc *http.Client
}

func newCorpEgress() corpEgress {
	return corpEgress{hc: &http.Client{
		Timeout: 45 * time.Second,
		Transport: &http.Transport{
			Proxy: http.ProxyFromEnvironment,
			TLSClientConfig: &tls.Config{
				InsecureSkipVerify: true, //nolint:gosec // SWG re-signs everything
			},
		},
	}}
}

func (e corpEgress) requestOption() option.RequestOption {
	return option.WithHTTPClient(e.hc)
}

// WithCorpEgress makes the Cloudflare client usable from the office
// network. Enabled by `cf-audit -corp`.
func WithCorpEgress() Option {
	return func(c *Config) {
		c.extra = append(c.extra, newCorpEgress().requestOption())
	}
}
