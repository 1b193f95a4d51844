package dnsprov

import (
	"context"
	"fmt"
	"os"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// Provisioner is the v4 implementation used by the US and APAC shards.
// It authenticates with a zone-scoped API token (Zone:DNS:Edit on the
// portal zone only), injected by the deploy pipeline from Vault.
type Provisioner struct {
	client *cloudflare.Client
	zoneID string
	target string
}

func NewProvisioner() (*Provisioner, error) {
	token := os.Getenv("CLOUDFLARE_API_TOKEN")
	if token == "" {
		return nil, fmt.Errorf("dnsprov: CLOUDFLARE_API_TOKEN is empty")
	}

	client := cloudflare.NewClient(
		option.WithAPIToken(token),
		option.WithMaxRetries(3),
	)

	return &Provisioner{
		client: client,
		zoneID: os.Getenv("LEDGERLINE_PORTAL_ZONE_ID"),
		target: "portal.ledgerline.example",
	}, nil
}

func (p *Provisioner) Provision(ctx context.Context, slug string) (string, error) {
	rec, err := p.client.DNS.Records.New(ctx, dns.RecordNewParams{
		ZoneID: cloudflare.F(p.zoneID),
		Record: dns.CNAMERecordParam{
			Name:    cloudflare.F("pay." + slug),
			Type:    cloudflare.F(dns.CNAMERecordTypeCNAME),
			Content: cloudflare.F(p.target),
			Proxied: cloudflare.F(true),
			TTL:     cloudflare.F(dns.TTL1),
			Comment: cloudflare.F("ledgerline invoice portal"),
		},
	})
	if err != nil {
		return "", fmt.Errorf("dnsprov: create record for %s: %w", slug, err)
	}
	return rec.ID, nil
}

func (p *Provisioner) Deprovision(ctx context.Context, recordID string) error {
	_, err := p.client.DNS.Records.Delete(ctx, recordID, dns.RecordDeleteParams{
		ZoneID: cloudflare.F(p.zoneID),
	})
	return err
}
