package rawapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// rewriteTransport sends every request to the test server instead of the
// real API host.
type rewriteTransport struct {
	target *url.URL
	rt     http.RoundTripper
}

func (t rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme = t.target.Scheme
	r.URL.Host = t.target.Host
	return t.rt.RoundTrip(r)
}

// The fake only checks that both legacy auth headers arrive; it does not
// care about their values.
func TestGetSendsAuthHeaders(t *testing.T) {
	var gotKey, gotEmail string
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotKey = r.Header.Get("X-Auth-Key")
		gotEmail = r.Header.Get("X-Auth-Email")
		w.Write([]byte(`{"success":true,"errors":[],"result":{"ok":true}}`))
	}))
	defer srv.Close()

	u, _ := url.Parse(srv.URL)
	c := NewClient("KEY", "someone@example.com")
	c.hc = &http.Client{Transport: rewriteTransport{target: u, rt: srv.Client().Transport}}

	var out map[string]bool
	if err := c.Get(context.Background(), "/ping", &out); err != nil {
		t.Fatal(err)
	}
	if gotKey == "" || gotEmail == "" {
		t.Fatalf("missing auth headers: key=%q email=%q", gotKey, gotEmail)
	}
}
