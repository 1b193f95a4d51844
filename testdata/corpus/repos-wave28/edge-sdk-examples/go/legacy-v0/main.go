// Command legacy-v0 lists DNS records for a zone using the v0 cloudflare-go
// client. Kept around because the billing exporter still depends on it.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go"
)

func main() {
	zoneName := flag.String("zone", "example.com", "zone to inspect")
	recordType := flag.String("type", "", "filter by record type (A, CNAME, ...)")
	flag.Parse()

	// Global API Key + account e-mail (legacy auth).
	api, err := cloudflare.New(os.Getenv("CLOUDFLARE_API_KEY"), os.Getenv("CLOUDFLARE_API_EMAIL"))
	if err != nil {
		log.Fatalf("creating client: %v", err)
	}

	ctx := context.Background()

	zoneID, err := api.ZoneIDByName(*zoneName)
	if err != nil {
		log.Fatalf("looking up zone %q: %v", *zoneName, err)
	}

	records, _, err := api.ListDNSRecords(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.ListDNSRecordsParams{
		Type: *recordType,
	})
	if err != nil {
		log.Fatalf("listing records: %v", err)
	}

	for _, r := range records {
		proxied := r.Proxied != nil && *r.Proxied
		fmt.Printf("%-6s %-40s %-30s ttl=%d proxied=%t\n", r.Type, r.Name, r.Content, r.TTL, proxied)
	}
	fmt.Fprintf(os.Stderr, "%d records in %s\n", len(records), *zoneName)
}
