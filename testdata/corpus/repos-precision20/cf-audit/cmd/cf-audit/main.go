// Command cf-audit reports DNS records that are not proxied through
// Cloudflare across every zone the token can read.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/zones"

	"github.com/ferrous-sec/cf-audit/internal/client"
	"github.com/ferrous-sec/cf-audit/internal/push"
	"github.com/ferrous-sec/cf-audit/internal/vault"
)

// loadToken prefers CLOUDFLARE_API_TOKEN and falls back to Vault.
func loadToken(ctx context.Context) (string, error) {
	if tok := os.Getenv("CLOUDFLARE_API_TOKEN"); tok != "" {
		return tok, nil
	}
	if os.Getenv("VAULT_ADDR") == "" {
		return "", errors.New("set CLOUDFLARE_API_TOKEN or VAULT_ADDR")
	}
	v, err := vault.FromEnv()
	if err != nil {
		return "", err
	}
	return v.KV(ctx, "secret", "cf-audit", "api_token")
}

func main() {
	corp := flag.Bool("corp", false, "running on the office network")
	pushMetrics := flag.Bool("push", false, "push summary metrics to the Pushgateway")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	start := time.Now()

	tok, err := loadToken(ctx)
	if err != nil {
		log.Fatal(err)
	}
	opts := []client.Option{client.WithToken(tok)}
	if *corp {
		opts = append(opts, client.WithCorpEgress())
	}
	cf, err := client.New(opts...)
	if err != nil {
		log.Fatal(err)
	}

	var m push.Metrics
	zi := cf.Zones.ListAutoPaging(ctx, zones.ZoneListParams{PerPage: cloudflare.F(50.0)})
	for zi.Next() {
		z := zi.Current()
		m.Zones++
		ri := cf.DNS.Records.ListAutoPaging(ctx, dns.RecordListParams{ZoneID: cloudflare.F(z.ID)})
		for ri.Next() {
			r := ri.Current()
			if (r.Type == "A" || r.Type == "AAAA" || r.Type == "CNAME") && !r.Proxied {
				m.ProxiedOff++
				fmt.Printf("%s\t%s\t%s\t%s\tunproxied\n", z.Name, r.Type, r.Name, r.Content)
			}
		}
		if err := ri.Err(); err != nil {
			log.Printf("%s: %v", z.Name, err)
		}
	}
	if err := zi.Err(); err != nil {
		log.Fatal(err)
	}
	m.DurationSeconds = time.Since(start).Seconds()
	if *pushMetrics {
		if err := push.Send(ctx, m); err != nil {
			log.Print(err)
		}
	}
}
