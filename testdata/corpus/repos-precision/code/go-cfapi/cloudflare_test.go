package cfapi

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

const (
	testEmail = "cloudflare@example.org"
	testKey   = "deadbeef"
)

var testToken = strings.Repeat("a", 40)

// setup spins up a TLS test server standing in for api.cloudflare.com. The
// certificate is self-signed, so the client skips verification for it only.
func setup(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func testClient(srv *httptest.Server) *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			// httptest certificate for 127.0.0.1; never used outside tests.
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec
		},
	}
}

func TestKeyEmailHeaders(t *testing.T) {
	srv := setup(t, func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("X-Auth-Key"); got != testKey {
			t.Errorf("X-Auth-Key = %q, want %q", got, testKey)
		}
		if got := r.Header.Get("X-Auth-Email"); got != testEmail {
			t.Errorf("X-Auth-Email = %q, want %q", got, testEmail)
		}
		w.Write([]byte(`{"success":true,"errors":[],"messages":[],"result":null}`))
	})

	api, err := New(testKey, testEmail, BaseURL(srv.URL), HTTPClient(testClient(srv)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := api.request(context.Background(), http.MethodGet, "/user", nil); err != nil {
		t.Fatal(err)
	}
}

func TestTokenHeader(t *testing.T) {
	srv := setup(t, func(w http.ResponseWriter, r *http.Request) {
		if got, want := r.Header.Get("Authorization"), "Bearer "+testToken; got != want {
			t.Errorf("Authorization = %q, want %q", got, want)
		}
		if r.Header.Get("X-Auth-Key") != "" {
			t.Error("X-Auth-Key must not be sent with token auth")
		}
	})

	api, _ := NewWithAPIToken(testToken, BaseURL(srv.URL), HTTPClient(testClient(srv)))
	api.request(context.Background(), http.MethodGet, "/user/tokens/verify", nil)
}

func TestFromEnvPrefersToken(t *testing.T) {
	t.Setenv(EnvAPIToken, "test-token")
	t.Setenv(EnvAPIKey, "test-key")
	t.Setenv(EnvAPIEmail, testEmail)

	api, err := FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if api.authType != authToken || api.APIToken != "test-token" {
		t.Fatalf("expected token auth, got %v", api.authType)
	}
}

func TestMissingCredentials(t *testing.T) {
	os.Unsetenv(EnvAPIToken)
	if _, err := New("", ""); err != ErrMissingCredentials {
		t.Fatalf("err = %v", err)
	}
}
