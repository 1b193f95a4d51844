package pihole

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

func newTestServer(t *testing.T, tls bool, hdlr http.HandlerFunc) *httptest.Server {
	t.Helper()
	var svr *httptest.Server
	if tls {
		svr = httptest.NewTLSServer(hdlr)
	} else {
		svr = httptest.NewServer(hdlr)
	}
	t.Cleanup(svr.Close)
	return svr
}

func loginHandler(t *testing.T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			t.Fatal(err)
		}
		if r.Form.Get("pw") != "correct" {
			w.WriteHeader(http.StatusOK)
			fmt.Fprint(w, `<html><body>Wrong password!</body></html>`)
			return
		}
		fmt.Fprint(w, `<html><body><div id="token">supersecret</div></body></html>`)
	}
}

func TestNewPiholeClient(t *testing.T) {
	if _, err := newPiholeClient(PiholeConfig{}); err != ErrNoPiholeServer {
		t.Fatalf("expected ErrNoPiholeServer, got %v", err)
	}

	// plain HTTP server, like the default http://pi.hole setup
	plain := newTestServer(t, false, loginHandler(t))
	cl, err := newPiholeClient(PiholeConfig{Server: plain.URL, Password: "correct"})
	if err != nil {
		t.Fatal(err)
	}
	if cl.token != "supersecret" {
		t.Fatalf("token = %q", cl.token)
	}

	// self-signed TLS server needs TLSInsecureSkipVerify
	secure := newTestServer(t, true, loginHandler(t))
	if _, err := newPiholeClient(PiholeConfig{Server: secure.URL, Password: "correct"}); err == nil {
		t.Fatal("expected certificate error without TLSInsecureSkipVerify")
	}
	cl, err = newPiholeClient(PiholeConfig{
		Server:                secure.URL,
		Password:              "correct",
		TLSInsecureSkipVerify: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if cl.token != "supersecret" {
		t.Fatalf("token = %q", cl.token)
	}

	if _, err := newPiholeClient(PiholeConfig{Server: plain.URL, Password: "wrong"}); err == nil {
		t.Fatal("expected login failure")
	}
}
