//go:build solution

// Exercise 04 - solution.
//
//	go run -tags solution ./exercises/04-dns-records
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go"
)

func main() {
	api, err := cloudflare.NewWithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}

	zoneID := os.Getenv("CLOUDFLARE_ZONE_ID")
	if zoneID == "" {
		zoneID, err = api.ZoneIDByName(os.Getenv("WORKSHOP_ZONE_NAME"))
		if err != nil {
			log.Fatal(err)
		}
	}

	rec, err := api.CreateDNSRecord(context.Background(), cloudflare.ZoneIdentifier(zoneID), cloudflare.CreateDNSRecordParams{
		Type:    "TXT",
		Name:    "_workshop",
		Content: "hello from exercise 04",
		TTL:     120,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", rec.ID)
}
