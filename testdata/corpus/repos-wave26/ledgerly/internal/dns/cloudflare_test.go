package dns

import (
	"context"
	"os"
	"testing"

	"github.com/cloudflare/cloudflare-go"
)

// Integration test against the staging zone. Skipped in CI unless
// LEDGERLY_IT=1 is set.
const stagingZone = "a4d17e9c02b35f68e1c0b7d4f9a23e51"

func newStagingClient(t *testing.T) *Client {
	t.Helper()
	if os.Getenv("LEDGERLY_IT") != "1" {
		t.Skip("integration tests disabled")
	}
	api, err := cloudflare.NewWithAPIToken("{{tok40}}")
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	return &Client{api: api, zoneID: stagingZone}
}

func TestAddAndRemoveVanityDomain(t *testing.T) {
	c := newStagingClient(t)
	ctx := context.Background()

	txt, err := c.AddVanityDomain(ctx, "books.it-test.ledgerly-staging.dev")
	if err != nil {
		t.Fatalf("add: %v", err)
	}
	if txt == "" {
		t.Fatal("expected an ownership verification value")
	}

	hosts, _, err := c.api.CustomHostnames(ctx, c.zoneID, 1, cloudflare.CustomHostname{Hostname: "books.it-test.ledgerly-staging.dev"})
	if err != nil || len(hosts) != 1 {
		t.Fatalf("lookup: %v (%d results)", err, len(hosts))
	}
	if err := c.RemoveVanityDomain(ctx, hosts[0].ID); err != nil {
		t.Fatalf("remove: %v", err)
	}
}
