package main

import (
	"context"
	"fmt"
	"os"

	cfv6 "github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/dns"
	"gopkg.in/yaml.v3"
)

type recordFile struct {
	Zones map[string][]struct {
		Name    string `yaml:"name"`
		Type    string `yaml:"type"`
		Content string `yaml:"content"`
		TTL     int    `yaml:"ttl"`
		Proxied bool   `yaml:"proxied"`
	} `yaml:"zones"`
}

func syncFile(ctx context.Context, c *cfv6.Client, zoneIDs map[string]string, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var rf recordFile
	if err := yaml.Unmarshal(raw, &rf); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for zone, recs := range rf.Zones {
		id, ok := zoneIDs[zone]
		if !ok {
			return fmt.Errorf("zone %q not in account", zone)
		}
		for _, r := range recs {
			_, err := c.DNS.Records.New(ctx, dns.RecordNewParams{
				ZoneID: cfv6.F(id),
				Body: dns.ARecordParam{
					Name:    cfv6.F(r.Name),
					Type:    cfv6.F(dns.ARecordTypeA),
					Content: cfv6.F(r.Content),
					TTL:     cfv6.F(dns.TTL(r.TTL)),
					Proxied: cfv6.F(r.Proxied),
				},
			})
			if err != nil {
				return fmt.Errorf("%s %s: %w", zone, r.Name, err)
			}
		}
	}
	return nil
}
