package cloudflare

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// newTestClient starts an in-process HTTPS server that imitates the two
// endpoints we use and returns a Client pointed at it. The server uses
// httptest's self-signed certificate, so certificate checks are disabled for
// this loopback client only; production code never sets InsecureSkipVerify.
func newTestClient(t *testing.T, h http.Handler) *Client {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)

	hc := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // httptest self-signed cert
		},
	}
	return New("test-token", WithBaseURL(srv.URL+"/client/v4"), WithHTTPClient(hc))
}

func TestZoneIDSendsBearer(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/client/v4/zones", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("Authorization = %q", got)
		}
		if r.Header.Get("X-Auth-Key") != "" || r.Header.Get("X-Auth-Email") != "" {
			t.Error("client must not send Global API Key headers")
		}
		if r.URL.Query().Get("name") != "example.com" {
			t.Errorf("name = %q", r.URL.Query().Get("name"))
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true,
			"errors":  []any{},
			"result":  []map[string]string{{"id": "023e105f4ecef8ad9ca31a8372d0c353", "name": "example.com"}},
		})
	})
	c := newTestClient(t, mux)

	id, err := c.ZoneID(context.Background(), "example.com")
	if err != nil {
		t.Fatal(err)
	}
	if id != "023e105f4ecef8ad9ca31a8372d0c353" {
		t.Fatalf("id = %q", id)
	}
}

func TestAPIErrorIsReturned(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/client/v4/zones", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}],"result":null}`))
	})
	c := newTestClient(t, mux)

	if _, err := c.ZoneID(context.Background(), "example.com"); err == nil {
		t.Fatal("expected error")
	}
}

func TestDefaultBaseURL(t *testing.T) {
	c := New("test-token")
	if c.baseURL != "https://api.cloudflare.com/client/v4" {
		t.Fatalf("baseURL = %q", c.baseURL)
	}
	tr := c.hc.Transport.(*http.Transport)
	if tr.TLSClientConfig.InsecureSkipVerify {
		t.Fatal("production transport must verify certificates")
	}
}
