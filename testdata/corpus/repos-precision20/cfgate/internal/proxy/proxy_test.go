package proxy

import (
	"context"
	"crypto/tls"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

func staticToken(tok string) TokenSource {
	return func(context.Context) (string, error) { return tok, nil }
}

func TestGatewayReplacesCredentials(t *testing.T) {
	var seen http.Header
	var seenPath string
	upstream := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r.Header.Clone()
		seenPath = r.URL.Path
		_, _ = io.WriteString(w, `{"success":true,"result":[]}`)
	}))
	defer upstream.Close()

	u, _ := url.Parse(upstream.URL + "/client/v4")
	g := New(u, staticToken("gateway-test-token"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	// The fake upstream uses httptest's self-signed certificate; this
	// transport only ever dials 127.0.0.1 in this test.
	g.SetTransport(&http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // test server
	})

	req := httptest.NewRequest(http.MethodGet, "/zones/1a2b3c/dns_records", nil)
	req.Header.Set(HeaderCaller, "billing-worker")
	req.Header.Set("Cookie", "session=abc")
	rec := httptest.NewRecorder()
	g.ServeHTTP(rec, req)

	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, body %s", rec.Code, rec.Body)
	}
	if seenPath != "/client/v4/zones/1a2b3c/dns_records" {
		t.Errorf("upstream path = %q", seenPath)
	}
	if got := seen.Get(HeaderAuthorization); got != "Bearer gateway-test-token" {
		t.Errorf("Authorization = %q", got)
	}
	for _, h := range []string{HeaderAuthKey, HeaderAuthEmail, HeaderUserServiceKey, "Cookie"} {
		if v := seen.Get(h); v != "" {
			t.Errorf("%s leaked upstream: %q", h, v)
		}
	}
}

func TestGatewayRejectsOtherPaths(t *testing.T) {
	u, _ := url.Parse("https://api.cloudflare.com/client/v4")
	g := New(u, staticToken("unused"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	rec := httptest.NewRecorder()
	g.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/user/tokens", nil))
	if rec.Code != http.StatusForbidden {
		t.Fatalf("status = %d", rec.Code)
	}
}
