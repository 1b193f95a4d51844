package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cloudflare/cloudflare-go/v4/zones"
)

func TestValidateBaseURL(t *testing.T) {
	ok := []string{
		DefaultBaseURL,
		"https://api.cloudflare.com/client/v4",
		"https://cf-api-mock.ferrous.internal/client/v4/",
		"http://127.0.0.1:8787/client/v4/",
		"http://localhost:9000/",
		"http://[::1]:9000/",
	}
	bad := []string{
		"http://api.cloudflare.com/client/v4/",
		"http://api.cloudflare.com.localhost.example/",
		"http://10.0.0.8:8080/client/v4/",
		"ftp://api.cloudflare.com/",
		"://missing-scheme",
	}
	for _, u := range ok {
		if err := ValidateBaseURL(u); err != nil {
			t.Errorf("ValidateBaseURL(%q) = %v, want nil", u, err)
		}
	}
	for _, u := range bad {
		if err := ValidateBaseURL(u); err == nil {
			t.Errorf("ValidateBaseURL(%q) = nil, want error", u)
		}
	}
}

func TestNewAgainstTLSServer(t *testing.T) {
	zone := map[string]any{"id": "3f8a2c9d0e6b4f1a8c7d5e2b9a0f4c6d", "name": "ferrous.example"}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer audit-test-token" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true, "errors": []any{}, "messages": []any{},
			"result":      []map[string]any{zone},
			"result_info": map[string]any{"page": 1, "per_page": 20, "count": 1, "total_count": 1},
		})
	}))
	defer srv.Close()

	c, err := New(WithToken("audit-test-token"), WithBaseURL(srv.URL+"/client/v4/"), WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	page, err := c.Zones.List(context.Background(), zones.ZoneListParams{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Result) != 1 || page.Result[0].Name != "ferrous.example" {
		t.Fatalf("unexpected zones: %+v", page.Result)
	}
}

func TestNewRequiresToken(t *testing.T) {
	if _, err := New(); err != ErrNoToken {
		t.Fatalf("err = %v", err)
	}
}
