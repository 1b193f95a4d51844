// Command dnsctl prints the zones visible to the configured API token.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"example.net/dnsbridge/internal/cloudflare"
)

func main() {
	token := os.Getenv("CF_API_TOKEN")
	if token == "" {
		log.Fatal("CF_API_TOKEN is required")
	}

	cf := cloudflare.New(token)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	zones, err := cf.Zones(ctx)
	if err != nil {
		log.Fatalf("listing zones: %v", err)
	}
	for _, z := range zones {
		fmt.Printf("%-34s %-30s %s\n", z.ID, z.Name, z.Status)
	}
	fmt.Fprintf(os.Stderr, "%d zones\n", len(zones))
}
