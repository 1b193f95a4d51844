// Package transport builds the HTTP clients used by the cheat sheet's Go
// example: one for the Cloudflare API, one for the on-prem load balancer.
package transport

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"
)

// CloudflareClient talks to https://api.cloudflare.com/client/v4.
// It uses the system trust store and a modern TLS floor. There is
// deliberately no option to disable verification.
func CloudflareClient() *http.Client {
	return &http.Client{
		Timeout: 15 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
			Proxy:           http.ProxyFromEnvironment,
		},
	}
}

// ApplianceClient talks to the F5 management interface on the office
// network (https://10.20.0.5:8443). The appliance ships a self-signed cert
// per box; we pin it when available and otherwise skip verification,
// which is acceptable only because the management VLAN is isolated.
// This client must never be reused for Cloudflare calls.
func ApplianceClient(pinnedCAFile string) (*http.Client, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if pinnedCAFile != "" {
		pem, err := os.ReadFile(pinnedCAFile)
		if err != nil {
			return nil, err
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		cfg.RootCAs = pool
	} else {
		cfg.InsecureSkipVerify = true
	}
	return &http.Client{
		Timeout:   5 * time.Second,
		Transport: &http.Transport{TLSClientConfig: cfg},
	}, nil
}

// Bearer wraps a RoundTripper and adds the Cloudflare API token.
type Bearer struct {
	Token string
	Next  http.RoundTripper
}

func (b Bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.Token)
	return b.Next.RoundTrip(r)
}
