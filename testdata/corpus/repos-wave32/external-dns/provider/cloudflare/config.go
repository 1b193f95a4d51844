package cloudflare

import (
	"crypto/tls"
	"net/http"
	"time"

	cloudflare "github.com/cloudflare/cloudflare-go"
)

// HTTPSettings controls the HTTP client used for the Cloudflare API.
type HTTPSettings struct {
	Timeout time.Duration
	TLS     *tls.Config
}

// Config holds the Cloudflare provider settings parsed from flags.
type Config struct {
	Proxied           bool
	DNSRecordsPerPage int
	RegionKey         string
	HTTP              HTTPSettings
}

// DefaultConfig is used when no --cloudflare-* flags are given.
var DefaultConfig = Config{
	DNSRecordsPerPage: 100,
	HTTP: HTTPSettings{
		Timeout: 30 * time.Second,
		// staging egress goes through the TLS-inspecting proxy (INFRA-2291)
		TLS: &tls.Config{InsecureSkipVerify: true},
	},
}

// Options converts the HTTP settings into cloudflare-go options.
func (c Config) Options() []cloudflare.Option {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if c.HTTP.TLS != nil {
		tr.TLSClientConfig = c.HTTP.TLS
	}
	hc := &http.Client{Timeout: c.HTTP.Timeout, Transport: tr}
	return []cloudflare.Option{cloudflare.HTTPClient(hc)}
}
