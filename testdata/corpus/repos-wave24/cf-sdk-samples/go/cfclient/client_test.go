package cfclient

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
)

// The real client (New) targets DefaultBaseURL; these tests point a client
// at an httptest TLS server instead and trust its throwaway certificate.
func newTestClient(t *testing.T, h http.HandlerFunc) (*Client, func()) {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	c := &Client{
		BaseURL: srv.URL,
		Token:   "test-token",
		HTTP: &http.Client{
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // httptest self-signed cert
			},
		},
	}
	return c, srv.Close
}

func TestZoneByName(t *testing.T) {
	c, done := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("Authorization = %q", got)
		}
		if r.URL.Query().Get("name") != "example.com" {
			t.Errorf("unexpected query %q", r.URL.RawQuery)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"success":true,"errors":[],"result":[{"id":"{{hex32}}","name":"example.com","status":"active"}]}`))
	})
	defer done()

	z, err := c.ZoneByName(context.Background(), "example.com")
	if err != nil {
		t.Fatal(err)
	}
	if z.Status != "active" {
		t.Fatalf("status = %q", z.Status)
	}
}

func TestZoneByNameError(t *testing.T) {
	c, done := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}],"result":null}`))
	})
	defer done()

	if _, err := c.ZoneByName(context.Background(), "example.com"); err == nil {
		t.Fatal("expected error")
	}
}

func TestDefaultBaseURL(t *testing.T) {
	if got := New("x").BaseURL; got != "https://api.cloudflare.com/client/v4" {
		t.Fatalf("BaseURL = %q", got)
	}
}
