// Command cf-ddns keeps a few Cloudflare DNS records pointed at the home
// connection's public address.
package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jmarsh/homelab-ddns/internal/cf"
	"github.com/jmarsh/homelab-ddns/internal/config"
	"github.com/jmarsh/homelab-ddns/internal/ipcheck"
	"github.com/jmarsh/homelab-ddns/internal/nas"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatal(err)
	}

	var client *cf.Client
	if cfg.HTTPSProxy != "" {
		client, err = cf.NewBehindProxy(cfg.APIToken, cfg.ZoneID, cfg.HTTPSProxy)
	} else {
		client, err = cf.New(cfg.APIToken, cfg.ZoneID)
	}
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := client.Verify(ctx); err != nil {
		log.Fatal(err)
	}

	var dsm *nas.Client
	if cfg.NASURL != "" {
		if dsm, err = nas.New(cfg.NASURL); err != nil {
			log.Fatal(err)
		}
		if err := dsm.Login(ctx, cfg.NASUser, cfg.NASPass); err != nil {
			log.Printf("nas login failed, falling back to echo services: %v", err)
			dsm = nil
		}
	}

	tick := time.NewTicker(cfg.Interval)
	defer tick.Stop()
	for {
		addr, err := currentAddr(ctx, dsm)
		if err != nil {
			log.Printf("lookup: %v", err)
		} else {
			for _, name := range cfg.Records {
				if err := client.Upsert(ctx, "A", name, addr); err != nil {
					log.Printf("update %s: %v", name, err)
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func currentAddr(ctx context.Context, dsm *nas.Client) (string, error) {
	if dsm != nil {
		if ip, err := dsm.ExternalIP(ctx); err == nil {
			return ip, nil
		}
	}
	ip, err := ipcheck.PublicIPv4(ctx)
	if err != nil {
		return "", err
	}
	return ip.String(), nil
}
