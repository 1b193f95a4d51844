package cloudflare

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

const testToken = "test-token"

func newMockAPI(t *testing.T) *httptest.Server {
	t.Helper()
	fixture, err := os.ReadFile("testdata/zones_list.json")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/client/v4/zones", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+testToken {
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}]}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(fixture)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestListZones(t *testing.T) {
	srv := newMockAPI(t)
	c := New(testToken, WithBaseURL(srv.URL+"/client/v4"))

	zones, err := c.ListZones(context.Background())
	if err != nil {
		t.Fatalf("ListZones: %v", err)
	}
	if len(zones) != 2 {
		t.Fatalf("want 2 zones, got %d", len(zones))
	}
	if zones[0].Name != "example.com" {
		t.Errorf("unexpected zone %q", zones[0].Name)
	}
}

func TestListZonesBadToken(t *testing.T) {
	srv := newMockAPI(t)
	c := New("fake-key", WithBaseURL(srv.URL+"/client/v4"))

	if _, err := c.ListZones(context.Background()); err == nil {
		t.Fatal("expected an auth error from the mock")
	}
}

func TestDefaultBaseURL(t *testing.T) {
	c := New(testToken)
	if c.BaseURL != "https://api.cloudflare.com/client/v4" {
		t.Errorf("default base URL changed: %s", c.BaseURL)
	}
}
