package cf

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// Some ISPs (and my old employer's guest Wi-Fi) force all outbound traffic
// through an intercepting proxy. DDNS_HTTPS_PROXY lets the updater keep
// working behind one.

// proxiedClient returns an HTTP client that sends everything through the
// given proxy. The proxy re-signs TLS with its own CA, which is not in the
// container's trust store, so certificate checks are skipped here.
func proxiedClient(proxy string) (*http.Client, error) {
	pu, err := url.Parse(proxy)
	if err != nil {
		return nil, fmt.Errorf("cf: bad proxy url %q: %w", proxy, err)
	}
	tr := &http.Transport{
		Proxy:               http.ProxyURL(pu),
		TLSHandshakeTimeout: 10 * time.Second,
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true, //nolint:gosec // proxy CA not installed
		},
	}
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}, nil
}

// NewBehindProxy is New for hosts that can only reach the internet through
// an HTTPS-intercepting proxy.
func NewBehindProxy(token, zoneID, proxy string) (*Client, error) {
	hc, err := proxiedClient(proxy)
	if err != nil {
		return nil, err
	}
	api, err := cloudflare.NewWithAPIToken(token,
		cloudflare.HTTPClient(hc),
		cloudflare.UserAgent("homelab-ddns/1.4 (proxied)"),
	)
	if err != nil {
		return nil, fmt.Errorf("cf: new client: %w", err)
	}
	return &Client{api: api, zoneID: zoneID}, nil
}
