package cloudflare

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestListZonesOverTLS runs the client against an httptest TLS server with a
// self-signed certificate. Verification is skipped only for this throwaway
// 127.0.0.1 listener; production code never sets a custom TLS config.
func TestListZonesOverTLS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/client/v4/zones" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"success":true,"errors":[],"messages":[],"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.com","status":"active"}]}`))
	}))
	defer srv.Close()

	insecure := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // self-signed httptest cert
		},
	}

	c := New("test-token", WithBaseURL(srv.URL+"/client/v4"), WithHTTPClient(insecure))
	zones, err := c.ListZones(context.Background())
	if err != nil {
		t.Fatalf("ListZones over TLS: %v", err)
	}
	if len(zones) != 1 || zones[0].Status != "active" {
		t.Fatalf("unexpected result: %+v", zones)
	}
}
