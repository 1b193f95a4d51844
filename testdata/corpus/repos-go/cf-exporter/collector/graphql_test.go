package collector

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestZoneTotalsUsesBearerToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer fake-token" {
			t.Errorf("Authorization = %q", r.Header.Get("Authorization"))
		}
		if r.Header.Get("X-Auth-Key") != "" {
			t.Error("X-Auth-Key must not be sent with a token")
		}
		b, _ := io.ReadAll(r.Body)
		if !strings.Contains(string(b), "httpRequests1hGroups") {
			t.Errorf("unexpected query: %s", b)
		}
		io.WriteString(w, `{"data":{"viewer":{"zones":[{"httpRequests1hGroups":[{"sum":{"requests":10,"bytes":2048}}]}]}}}`)
	}))
	defer srv.Close()

	g := newGraphQL("", "", "fake-token")
	g.hc = srv.Client()
	g.hc.Transport = redirectTo(srv.URL)

	got, err := g.zoneTotals(context.Background(), "zone-1", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got.Requests != 10 || got.Bytes != 2048 {
		t.Fatalf("got %+v", got)
	}
}

type redirectTo string

func (u redirectTo) RoundTrip(r *http.Request) (*http.Response, error) {
	r2 := r.Clone(r.Context())
	r2.URL.Scheme = "http"
	r2.URL.Host = strings.TrimPrefix(string(u), "http://")
	return http.DefaultTransport.RoundTrip(r2)
}
