package cf

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func fakeCloudflare(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
			http.Error(w, `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`, http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"success":true,"errors":[],"messages":[],"result":[{"id":"z1","name":"example.org"}],"result_info":{"page":1,"per_page":50,"total_pages":1,"count":1,"total_count":1}}`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestZoneIDs(t *testing.T) {
	srv := fakeCloudflare(t)
	c := New(Config{Token: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", BaseURL: srv.URL + "/"})
	got, err := ZoneIDs(context.Background(), c, "acct")
	if err != nil {
		t.Fatal(err)
	}
	if got["example.org"] != "z1" {
		t.Fatalf("unexpected zones: %v", got)
	}
}

func TestNewPrefersToken(t *testing.T) {
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	_ = New(Config{Token: "dummy", APIKey: "", BaseURL: "http://127.0.0.1:0/"})
}
