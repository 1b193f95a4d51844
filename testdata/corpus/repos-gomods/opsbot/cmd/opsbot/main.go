// Command opsbot handles /purge and /verify chat-ops commands.
package main

import (
	"context"
	"flag"
	"log"
	"strings"

	"github.com/lattice-sre/opsbot/internal/httpx"
	"github.com/lattice-sre/opsbot/internal/legacy"
)

func main() {
	var cfg legacy.Config
	flag.StringVar(&cfg.APIKey, "cf-api-key", "{{hex37}}", "Cloudflare Global API key")
	flag.StringVar(&cfg.Email, "cf-email", "sre-bot@lattice-sre.dev", "Cloudflare account email")
	zone := flag.String("zone-id", "", "zone to purge")
	urls := flag.String("urls", "", "comma-separated URLs to purge (empty = everything)")
	verify := flag.Bool("verify", false, "only verify CLOUDFLARE_API_TOKEN and exit")
	flag.Parse()

	ctx := context.Background()
	if *verify {
		status, err := httpx.VerifyToken(ctx)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("token status: %s", status)
		return
	}

	var files []string
	if *urls != "" {
		files = strings.Split(*urls, ",")
	}
	if err := legacy.Purge(ctx, cfg, *zone, files); err != nil {
		log.Fatal(err)
	}
}
