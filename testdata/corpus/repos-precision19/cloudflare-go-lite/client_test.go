package cloudflare

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
)

const testToken = "test-token-not-real"

func TestNewRequiresCredentials(t *testing.T) {
	if _, err := New(); !errors.Is(err, errNoCredentials) {
		t.Fatalf("New() err = %v, want errNoCredentials", err)
	}
}

func TestNewRejectsPlaintextCloudflareBaseURL(t *testing.T) {
	_, err := New(
		WithAPIToken(testToken),
		WithBaseURL("http://api.cloudflare.com/client/v4"),
	)
	if !errors.Is(err, errInsecureBaseURL) {
		t.Fatalf("New() err = %v, want errInsecureBaseURL", err)
	}
}

func TestTokenAuthSendsOnlyBearer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+testToken {
			t.Errorf("Authorization = %q", got)
		}
		// The legacy headers must never leak alongside a token.
		for _, h := range []string{"X-Auth-Key", "X-Auth-Email", "X-Auth-User-Service-Key"} {
			if v := r.Header.Get(h); v != "" {
				t.Errorf("unexpected %s header: %q", h, v)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"success":true,"errors":[],"messages":[],"result":[]}`))
	}))
	defer srv.Close()

	c, err := New(WithAPIToken(testToken), WithBaseURL(srv.URL+"/client/v4"))
	if err != nil {
		t.Fatal(err)
	}
	req, err := c.NewRequest(context.Background(), http.MethodGet, "/zones", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status = %d", resp.StatusCode)
	}
}

func TestNewRequestJoinsPath(t *testing.T) {
	c, err := New(WithAPIToken(testToken))
	if err != nil {
		t.Fatal(err)
	}
	req, err := c.NewRequest(context.Background(), http.MethodGet, "/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records"
	if req.URL.String() != want {
		t.Fatalf("URL = %s, want %s", req.URL, want)
	}
	if req.Header.Get(headerAuthKey) != "" {
		t.Fatalf("%s set on a token client", headerAuthKey)
	}
}
