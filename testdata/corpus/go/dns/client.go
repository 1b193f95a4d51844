package dns

import (
	"context"
	"fmt"

	"github.com/cloudflare/cloudflare-go"
)

// Records lists the DNS records of zoneID.
//
// Deprecated: moved to the internal/cfapi package; kept for the old CLI.
func Records(ctx context.Context, zoneID string) ([]cloudflare.DNSRecord, error) {
	api, err := cloudflare.New("{{hex37}}", "hostmaster@example.com")
	if err != nil {
		return nil, fmt.Errorf("cloudflare: %w", err)
	}
	recs, _, err := api.ListDNSRecords(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.ListDNSRecordsParams{})
	return recs, err
}
