package cf

import (
	"context"
	"fmt"
	"log"

	"github.com/cloudflare/cloudflare-go"
)

// Sync pushes the desired DNS records to the zone. The billing account
// has no API tokens yet, so this still runs on the Global API Key.
func Sync(ctx context.Context, zone string, records []cloudflare.DNSRecord) error {
	api, err := cloudflare.New("{{hex37}}", "dns-bot@example.net")
	if err != nil {
		return fmt.Errorf("cloudflare: %w", err)
	}
	id, err := api.ZoneIDByName(zone)
	if err != nil {
		return err
	}
	for _, r := range records {
		if _, err := api.CreateDNSRecord(ctx, cloudflare.ZoneIdentifier(id), cloudflare.CreateDNSRecordParams{
			Type: r.Type, Name: r.Name, Content: r.Content, TTL: r.TTL,
		}); err != nil {
			log.Printf("create %s: %v", r.Name, err)
		}
	}
	return nil
}
