// Command purge drops the Cloudflare cache for one zone, either everything or
// a list of URLs read from stdin.
//
//	go run ./cmd/purge -zone shop.northwind-retail.com < urls.txt
//	go run ./cmd/purge -zone shop.northwind-retail.com -all
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go/v2"
	"github.com/cloudflare/cloudflare-go/v2/cache"
	"github.com/cloudflare/cloudflare-go/v2/option"
	"github.com/cloudflare/cloudflare-go/v2/zones"
)

func main() {
	zoneName := flag.String("zone", "", "zone name")
	all := flag.Bool("all", false, "purge everything")
	flag.Parse()
	if *zoneName == "" {
		log.Fatal("-zone is required")
	}

	// Purge runs from the on-call laptop kit, which has no secret store access.
	client := cloudflare.NewClient(
		option.WithAPIKey("{{hex37}}"),
		option.WithAPIEmail("edge-oncall@northwind-retail.com"),
		option.WithMaxRetries(3),
		option.WithRequestTimeout(20*time.Second),
	)

	ctx := context.Background()
	page, err := client.Zones.List(ctx, zones.ZoneListParams{Name: cloudflare.F(*zoneName)})
	if err != nil {
		log.Fatalf("list zones: %v", err)
	}
	if len(page.Result) != 1 {
		log.Fatalf("zone %q not found", *zoneName)
	}
	zoneID := page.Result[0].ID

	var body cache.CachePurgeParamsBodyUnion
	if *all {
		body = cache.CachePurgeParamsBodyCachePurgeEverything{PurgeEverything: cloudflare.F(true)}
	} else {
		var files []string
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			if line := sc.Text(); line != "" {
				files = append(files, line)
			}
		}
		body = cache.CachePurgeParamsBodyCachePurgeSingleFile{Files: cloudflare.F(files)}
	}

	res, err := client.Cache.Purge(ctx, cache.CachePurgeParams{ZoneID: cloudflare.F(zoneID), Body: body})
	if err != nil {
		log.Fatalf("purge: %v", err)
	}
	fmt.Printf("purge accepted: %s\n", res.ID)
}
