//go:build e2e

// End-to-end tests against the real Cloudflare API. They only run from the
// scheduled "live" CI job, with a scoped token limited to the e2e zone.
package e2e

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/example/cf-dns-sync/internal/cloudflare"
)

func liveClient(t *testing.T) *cloudflare.Client {
	t.Helper()
	token := os.Getenv("CLOUDFLARE_API_TOKEN")
	if token == "" {
		t.Skip("CLOUDFLARE_API_TOKEN not set; skipping live test")
	}
	opts := []cloudflare.Option{}
	if base := os.Getenv("CLOUDFLARE_API_BASE_URL"); base != "" {
		opts = append(opts, cloudflare.WithBaseURL(base))
	}
	// Default transport: system roots, full certificate verification.
	return cloudflare.New(token, opts...)
}

func TestE2EListZones(t *testing.T) {
	c := liveClient(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	zones, err := c.ListZones(ctx)
	if err != nil {
		t.Fatalf("ListZones against %s: %v", c.BaseURL, err)
	}

	want := os.Getenv("CLOUDFLARE_ZONE_ID")
	for _, z := range zones {
		if z.ID == want {
			return
		}
	}
	t.Fatalf("e2e zone %s not visible to token", want)
}
