package cfapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cloudflare/cloudflare-go"
)

const testToken = "test-token"

func newFakeAPI(t *testing.T, records []cloudflare.DNSRecord) (*cloudflare.API, *httptest.Server) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/zones/zone123/dns_records", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+testToken {
			t.Errorf("Authorization = %q", got)
		}
		if r.Header.Get("X-Auth-Key") != "" {
			t.Errorf("client should not send X-Auth-Key when using a token")
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success":     true,
			"result":      records,
			"result_info": map[string]int{"page": 1, "per_page": 100, "count": len(records), "total_count": len(records)},
		})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	api, err := cloudflare.NewWithAPIToken(testToken, cloudflare.BaseURL(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	return api, srv
}

func TestSyncDryRun(t *testing.T) {
	api, _ := newFakeAPI(t, []cloudflare.DNSRecord{{ID: "r1", Type: "A", Name: "home.example.net", Content: "192.0.2.1"}})
	s := NewSyncer(api, "zone123", 120, true)
	if err := s.Sync(context.Background(), []string{"home.example.net"}); err != nil {
		t.Fatalf("Sync: %v", err)
	}
}

func TestSplitNames(t *testing.T) {
	got := SplitNames("home, vpn ,,api.example.net", "example.net")
	want := []string{"home.example.net", "vpn.example.net", "api.example.net"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("[%d] = %q, want %q", i, got[i], want[i])
		}
	}
}
