// Package httpx builds the HTTP clients used by the edgectl providers.
package httpx

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Public vendor API hosts. TLS verification can never be disabled for these.
var publicAPIHosts = []string{
	"api.cloudflare.com",
	"api.fastly.com",
	"api.bunny.net",
	"dns.hetzner.com",
}

// Hosts under these suffixes are ours and may use self-signed certificates.
var internalSuffixes = []string{".int.northwind.net", ".svc.cluster.local"}

// Options configures a client.
type Options struct {
	BaseURL            string
	Timeout            time.Duration
	InsecureSkipVerify bool
}

func isInternal(host string) bool {
	for _, s := range internalSuffixes {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}

// New returns an http.Client for opts.BaseURL. InsecureSkipVerify is honoured
// only for internal hosts such as the PowerDNS API; asking for it on a public
// vendor API is a configuration error.
func New(opts Options) (*http.Client, error) {
	u, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("httpx: bad base url %q: %w", opts.BaseURL, err)
	}
	host := u.Hostname()

	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}

	if opts.InsecureSkipVerify {
		for _, h := range publicAPIHosts {
			if strings.EqualFold(host, h) {
				return nil, fmt.Errorf("httpx: refusing insecure_skip_verify for public API %s", h)
			}
		}
		if !isInternal(host) {
			return nil, fmt.Errorf("httpx: insecure_skip_verify is only allowed for internal hosts, not %s", host)
		}
		tr.TLSClientConfig.InsecureSkipVerify = true //nolint:gosec // internal self-signed PowerDNS API (INFRA-882)
	}

	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	return &http.Client{Transport: tr, Timeout: timeout}, nil
}
