// Package httpx builds the HTTP clients rackctl uses for public endpoints.
package httpx

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"
)

// Verified returns a client for internet-facing APIs (Cloudflare, GitHub).
// It uses the system roots plus, optionally, the PEM bundle named by
// RACKCTL_EXTRA_CA so that a TLS-inspecting egress proxy can be trusted
// explicitly instead of turning verification off.
func Verified(timeout time.Duration) (*http.Client, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if path := os.Getenv("RACKCTL_EXTRA_CA"); path != "" {
		pem, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("httpx: read RACKCTL_EXTRA_CA: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("httpx: no certificates in %s", path)
		}
	}
	tr := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		TLSHandshakeTimeout: 5 * time.Second,
		MaxIdleConnsPerHost: 4,
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			RootCAs:            pool,
			InsecureSkipVerify: false,
		},
	}
	return &http.Client{Transport: tr, Timeout: timeout}, nil
}
