// Command v4 purges a list of URLs using cloudflare-go v4. The purge job runs
// under the old ops@ user, which is why it still authenticates with the
// account's Global API Key instead of a scoped token.
package main

import (
	"bufio"
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/cache"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

func main() {
	zoneID := os.Getenv("CLOUDFLARE_ZONE_ID")
	if zoneID == "" {
		log.Fatal("CLOUDFLARE_ZONE_ID is required")
	}

	client := cloudflare.NewClient(
		option.WithAPIKey(os.Getenv("CLOUDFLARE_API_KEY")),
		option.WithAPIEmail(os.Getenv("CLOUDFLARE_EMAIL")),
		option.WithMaxRetries(3),
	)

	var urls []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("reading stdin: %v", err)
	}

	// The API accepts at most 30 URLs per call.
	for start := 0; start < len(urls); start += 30 {
		end := min(start+30, len(urls))
		resp, err := client.Cache.Purge(context.Background(), cache.CachePurgeParams{
			ZoneID: cloudflare.F(zoneID),
			Body: cache.CachePurgeParamsBodyCachePurgeSingleFile{
				Files: cloudflare.F(urls[start:end]),
			},
		})
		if err != nil {
			log.Fatalf("purge batch %d: %v", start/30, err)
		}
		fmt.Printf("batch %d purged (id %s)\n", start/30, resp.ID)
	}
}
