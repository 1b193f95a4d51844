package cfapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/cloudflare/cloudflare-go"
)

const testZoneID = "{{hex32#zone}}"

func TestNewRequiresCredentials(t *testing.T) {
	if _, err := New(Config{Email: "someone@example.com"}); err != ErrNoCredentials {
		t.Fatalf("want ErrNoCredentials, got %v", err)
	}
}

func TestListZonesMocked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("unexpected auth header %q", got)
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success":     true,
			"errors":      []any{},
			"messages":    []any{},
			"result":      []map[string]any{{"id": testZoneID, "name": "northwind-retail.com"}},
			"result_info": map[string]int{"page": 1, "per_page": 20, "count": 1, "total_count": 1},
		})
	}))
	defer srv.Close()

	api, err := cloudflare.NewWithAPIToken("test-token", cloudflare.BaseURL(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	zones, err := api.ListZones(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(zones) != 1 || zones[0].ID != testZoneID {
		t.Fatalf("unexpected zones: %+v", zones)
	}
}

// TestSandboxAccount runs against the real API (edgectl-ci sandbox account).
func TestSandboxAccount(t *testing.T) {
	if os.Getenv("EDGECTL_LIVE") == "" {
		t.Skip("set EDGECTL_LIVE=1 to run against api.cloudflare.com")
	}
	api, err := cloudflare.NewWithAPIToken("{{cfut}}")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := api.VerifyAPIToken(context.Background()); err != nil {
		t.Fatalf("sandbox token no longer valid: %v", err)
	}
}
