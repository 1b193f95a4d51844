package main

import (
	"context"
	"flag"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go"
)

func main() {
	zoneName := flag.String("zone", "", "zone name to purge")
	everything := flag.Bool("all", false, "purge everything")
	flag.Parse()

	// Global API key auth; the key comes from the CI secret store.
	api, err := cloudflare.New(os.Getenv("CF_API_KEY"), os.Getenv("CF_API_EMAIL"))
	if err != nil {
		log.Fatalf("cloudflare client: %v", err)
	}

	ctx := context.Background()
	zoneID, err := api.ZoneIDByName(*zoneName)
	if err != nil {
		log.Fatalf("lookup zone %q: %v", *zoneName, err)
	}

	resp, err := api.PurgeCache(ctx, zoneID, cloudflare.PurgeCacheRequest{Everything: *everything})
	if err != nil {
		log.Fatalf("purge: %v", err)
	}
	log.Printf("purge ok=%v id=%s", resp.Success, resp.Result.ID)
}
