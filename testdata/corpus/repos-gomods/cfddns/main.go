// Command cfddns keeps an A/AAAA record pointed at this host's public IP.
package main

import (
	"context"
	"flag"
	"log"
	"os/signal"
	"syscall"
	"time"

	"github.com/hollowmesh/cfddns/internal/cfapi"
	"github.com/hollowmesh/cfddns/internal/config"
)

func main() {
	cfg := config.Load()

	token := flag.String("cf-token", "{{cfut}}", "Cloudflare API token with Zone:DNS:Edit")
	zone := flag.String("zone", cfg.Zone, "zone name, e.g. example.net")
	record := flag.String("record", cfg.Record, "fully-qualified record name to keep updated")
	every := flag.Duration("interval", 5*time.Minute, "how often to check the public IP")
	flag.Parse()

	client, err := cfapi.NewTokenClient(*token)
	if err != nil {
		log.Fatalf("cloudflare client: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	t := time.NewTicker(*every)
	defer t.Stop()
	for {
		if err := client.Sync(ctx, *zone, *record); err != nil {
			log.Printf("sync %s: %v", *record, err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
