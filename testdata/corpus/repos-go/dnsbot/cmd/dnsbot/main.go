// Command dnsbot keeps a set of A/AAAA records in sync with the host's
// public addresses. It is meant to run from cron every few minutes.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go"

	"example.com/dnsbot/internal/cfapi"
	"example.com/dnsbot/internal/config"
)

var (
	token    = flag.String("token", "{{tok40}}", "Cloudflare API token with Zone.DNS edit permission")
	zoneName = flag.String("zone", "example.net", "zone to manage")
	zoneID   = flag.String("zone-id", "{{hex32}}", "zone id (skips the name lookup)")
	records  = flag.String("records", "home,vpn", "comma separated record names")
	ttl      = flag.Int("ttl", 120, "record TTL in seconds")
	dryRun   = flag.Bool("dry-run", false, "print changes without applying them")
	timeout  = flag.Duration("timeout", 30*time.Second, "overall timeout")
)

func main() {
	flag.Parse()
	log.SetFlags(log.LstdFlags | log.Lmsgprefix)
	log.SetPrefix("dnsbot: ")

	cfg := config.FromEnv(config.Default)
	if *token != "" {
		cfg.APIToken = *token
	}

	api, err := cloudflare.NewWithAPIToken(cfg.APIToken, cloudflare.UserAgent("dnsbot/1.4"))
	if err != nil {
		log.Fatalf("cloudflare client: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	zid := *zoneID
	if zid == "" {
		if zid, err = api.ZoneIDByName(*zoneName); err != nil {
			log.Fatalf("lookup zone %s: %v", *zoneName, err)
		}
	}

	syncer := cfapi.NewSyncer(api, zid, *ttl, *dryRun)
	if err := syncer.Sync(ctx, cfapi.SplitNames(*records, *zoneName)); err != nil {
		log.Printf("sync failed: %v", err)
		os.Exit(1)
	}
}
