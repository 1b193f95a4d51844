package cloudflare_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/libdns/cloudflare"
	"github.com/libdns/libdns"
)

// Integration tests against the real API. They are skipped unless
// LIBDNS_CLOUDFLARE_TEST_TOKEN and LIBDNS_CLOUDFLARE_TEST_ZONE are set:
//
//	LIBDNS_CLOUDFLARE_TEST_TOKEN=... LIBDNS_CLOUDFLARE_TEST_ZONE=example.com. go test -run Live ./...
func liveProvider(t *testing.T) (*cloudflare.Provider, string) {
	t.Helper()
	token := os.Getenv("LIBDNS_CLOUDFLARE_TEST_TOKEN")
	zone := os.Getenv("LIBDNS_CLOUDFLARE_TEST_ZONE")
	if token == "" || zone == "" {
		t.Skip("LIBDNS_CLOUDFLARE_TEST_TOKEN / LIBDNS_CLOUDFLARE_TEST_ZONE not set")
	}
	return &cloudflare.Provider{
		APIToken:  token,
		ZoneToken: os.Getenv("LIBDNS_CLOUDFLARE_TEST_ZONE_TOKEN"),
	}, zone
}

func TestLiveAppendDelete(t *testing.T) {
	p, zone := liveProvider(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	rec := libdns.Record{
		Type:  "TXT",
		Name:  "_libdns-test-" + time.Now().Format("150405"),
		Value: "libdns integration test",
		TTL:   2 * time.Minute,
	}

	added, err := p.AppendRecords(ctx, zone, []libdns.Record{rec})
	if err != nil {
		t.Fatalf("AppendRecords: %v", err)
	}
	if len(added) != 1 || added[0].ID == "" {
		t.Fatalf("AppendRecords returned %+v", added)
	}

	t.Cleanup(func() {
		if _, err := p.DeleteRecords(context.Background(), zone, added); err != nil {
			t.Errorf("DeleteRecords: %v", err)
		}
	})

	all, err := p.GetRecords(ctx, zone)
	if err != nil {
		t.Fatalf("GetRecords: %v", err)
	}
	for _, r := range all {
		if r.ID == added[0].ID {
			return
		}
	}
	t.Errorf("record %s not found after append", added[0].ID)
}
