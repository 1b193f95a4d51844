package swift

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
)

// fakeTempauth mimics Swift tempauth. Unlike the Cloudflare R2 backend (which
// is S3 SigV4 and tested in internal/r2), Swift hands out a token from a
// separate auth endpoint.
func fakeTempauth(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/auth/v1.0", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-User") != "test:tester" || r.Header.Get("X-Auth-Key") != "testing" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("X-Storage-Url", "https://"+r.Host+"/v1/AUTH_test")
		w.Header().Set("X-Auth-Token", "AUTH_tk0c9b7e1f3a2d4c5b6a7f8e9d0c1b2a3f")
		w.WriteHeader(http.StatusNoContent)
	})
	srv := httptest.NewTLSServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func insecureClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		// httptest uses a throwaway self-signed certificate
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
}

func TestSessionHandshake(t *testing.T) {
	srv := fakeTempauth(t)
	a := NewAuthenticator(Credentials{
		AuthURL: srv.URL + "/auth/v1.0",
		User:    "test:tester",
		Key:     "testing",
	}, insecureClient())

	s, err := a.Session(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Token == "" || s.StorageURL != srv.URL+"/v1/AUTH_test" {
		t.Fatalf("bad session: %+v", s)
	}

	// second call must come from cache
	s2, err := a.Session(context.Background())
	if err != nil || s2 != s {
		t.Fatalf("expected cached session, got %v %v", s2, err)
	}
}

func TestSessionRejected(t *testing.T) {
	srv := fakeTempauth(t)
	a := NewAuthenticator(Credentials{
		AuthURL: srv.URL + "/auth/v1.0",
		User:    "test:tester",
		Key:     "wrong",
	}, insecureClient())

	if _, err := a.Session(context.Background()); err != ErrUnauthorized {
		t.Fatalf("want ErrUnauthorized, got %v", err)
	}
}
