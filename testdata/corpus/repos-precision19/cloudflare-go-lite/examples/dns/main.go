// Command dns lists TXT records for a zone using a scoped API token.
//
//	export CLOUDFLARE_API_TOKEN=<token with Zone:DNS:Read>
//	go run ./examples/dns -zone 023e105f4ecef8ad9ca31a8372d0c353
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	cloudflare "github.com/example-platform/cloudflare-go-lite"
)

type dnsRecord struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
}

func main() {
	zoneID := flag.String("zone", os.Getenv("CLOUDFLARE_ZONE_ID"), "zone identifier")
	recordType := flag.String("type", "TXT", "record type filter")
	flag.Parse()

	token := os.Getenv("CLOUDFLARE_API_TOKEN")
	if token == "" {
		log.Fatal("CLOUDFLARE_API_TOKEN is not set")
	}
	if *zoneID == "" {
		log.Fatal("-zone is required")
	}

	client, err := cloudflare.New(
		cloudflare.WithAPIToken(token),
		cloudflare.WithUserAgent("examples-dns"),
	)
	if err != nil {
		log.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	path := fmt.Sprintf("/zones/%s/dns_records?type=%s&per_page=100", *zoneID, *recordType)
	req, err := client.NewRequest(ctx, http.MethodGet, path, nil)
	if err != nil {
		log.Fatal(err)
	}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()

	var env struct {
		Success bool        `json:"success"`
		Result  []dnsRecord `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		log.Fatal(err)
	}
	if !env.Success {
		log.Fatalf("API returned %s", resp.Status)
	}
	for _, r := range env.Result {
		fmt.Printf("%-40s %-5s %5d %s\n", r.Name, r.Type, r.TTL, r.Content)
	}
}
