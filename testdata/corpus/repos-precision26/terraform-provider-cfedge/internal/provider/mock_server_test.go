package provider

import (
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cloudflare/cloudflare-go"
)

// newMockAPI starts a TLS httptest server that speaks just enough of the v4
// API for the unit tests below. It never talks to api.cloudflare.com.
func newMockAPI(t *testing.T) (*httptest.Server, *cloudflare.API) {
	t.Helper()

	mux := http.NewServeMux()
	mux.HandleFunc("/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Key") != "" {
			// the provider must never send legacy Global API Key auth
			http.Error(w, `{"success":false,"errors":[{"code":6003,"message":"legacy auth in tests"}]}`, http.StatusBadRequest)
			return
		}
		if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
			http.Error(w, `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`, http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success":  true,
			"errors":   []any{},
			"messages": []any{},
			"result": []map[string]any{{
				"id":      "372e67954025e0ba6aaa6d586b9e0b59",
				"type":    "A",
				"name":    "www.example.com",
				"content": "198.51.100.4",
				"ttl":     3600,
			}},
			"result_info": map[string]int{"page": 1, "per_page": 100, "count": 1, "total_count": 1},
		})
	})

	srv := httptest.NewTLSServer(mux)
	t.Cleanup(srv.Close)

	// httptest's cert is self-signed for 127.0.0.1; skip verification for
	// this loopback client only.
	httpClient := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // loopback test server
		},
	}

	api, err := cloudflare.NewWithAPIToken("unit-test-token",
		cloudflare.BaseURL(srv.URL+"/client/v4"),
		cloudflare.HTTPClient(httpClient),
	)
	if err != nil {
		t.Fatal(err)
	}
	return srv, api
}

func TestListRecordsAgainstMock(t *testing.T) {
	_, api := newMockAPI(t)
	recs, _, err := api.ListDNSRecords(t.Context(),
		cloudflare.ZoneIdentifier("023e105f4ecef8ad9ca31a8372d0c353"),
		cloudflare.ListDNSRecordsParams{})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Name != "www.example.com" {
		t.Fatalf("unexpected records: %+v", recs)
	}
}
