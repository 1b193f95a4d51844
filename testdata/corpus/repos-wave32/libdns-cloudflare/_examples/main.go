// Command example lists the records of a zone and adds a TXT record.
//
//	go run ./_examples example.net.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/libdns/cloudflare"
	"github.com/libdns/libdns"
)

func main() {
	zone := "example.net."
	if len(os.Args) > 1 {
		zone = os.Args[1]
	}

	provider := cloudflare.Provider{
		// APIToken: os.Getenv("CLOUDFLARE_API_TOKEN"),
		APIToken: "{{cfut}}",
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	records, err := provider.GetRecords(ctx, zone)
	if err != nil {
		log.Fatalf("get records: %v", err)
	}
	for _, r := range records {
		fmt.Printf("%-6s %-40s %s\n", r.Type, r.Name, r.Value)
	}

	added, err := provider.AppendRecords(ctx, zone, []libdns.Record{{
		Type:  "TXT",
		Name:  "_example",
		Value: "hello from libdns",
		TTL:   5 * time.Minute,
	}})
	if err != nil {
		log.Fatalf("append: %v", err)
	}
	fmt.Printf("added %d record(s)\n", len(added))
}
