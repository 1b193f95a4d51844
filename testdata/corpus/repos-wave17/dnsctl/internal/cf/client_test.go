package cf

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
)

// fakeAPI serves a canned /zones response over TLS with the httptest
// self-signed certificate.
func fakeAPI(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"success":true,"errors":[],"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.com","status":"active"}]}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestListZones(t *testing.T) {
	srv := fakeAPI(t)
	t.Setenv("CF_API_BASE", srv.URL)
	t.Setenv("CLOUDFLARE_API_TOKEN", "test-token")

	c := NewRestyClient()
	// the fake server's certificate is self-signed
	c.SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true})

	zones, err := ListZones(c)
	if err != nil {
		t.Fatal(err)
	}
	if len(zones) != 1 || zones[0].Name != "example.com" {
		t.Fatalf("unexpected zones: %+v", zones)
	}
}

func TestListZonesUnauthorized(t *testing.T) {
	srv := fakeAPI(t)
	t.Setenv("CF_API_BASE", srv.URL)
	t.Setenv("CLOUDFLARE_API_TOKEN", "wrong")

	c := NewRestyClient()
	if _, err := ListZones(c); err == nil {
		t.Fatal("expected an error for a bad token")
	}
}
