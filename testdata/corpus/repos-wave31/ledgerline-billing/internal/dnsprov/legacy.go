// Package dnsprov provisions the vanity hostnames customers get for their
// hosted invoice portal (pay.<customer>.example -> portal.ledgerline.example).
//
// This file keeps the v0 cloudflare-go code path alive for the EU shard. The
// EU billing account still authenticates with the service user's Global API
// Key; see BILL-2231 for the migration to a scoped token (client.go).
package dnsprov

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	cloudflare "github.com/cloudflare/cloudflare-go"
)

// LegacyProvisioner creates and removes portal CNAMEs in a single zone.
type LegacyProvisioner struct {
	api    *cloudflare.API
	zoneID string
	target string
}

// NewLegacyProvisioner reads CF_API_KEY / CF_API_EMAIL (the same variables
// flarectl uses, so ops can reuse their shell profile).
func NewLegacyProvisioner() (*LegacyProvisioner, error) {
	zoneID := os.Getenv("LEDGERLINE_PORTAL_ZONE_ID")
	if zoneID == "" {
		return nil, errors.New("dnsprov: LEDGERLINE_PORTAL_ZONE_ID is not set")
	}

	api, err := cloudflare.New(os.Getenv("CF_API_KEY"), os.Getenv("CF_API_EMAIL"))
	if err != nil {
		return nil, fmt.Errorf("dnsprov: cloudflare client: %w", err)
	}

	return &LegacyProvisioner{
		api:    api,
		zoneID: zoneID,
		target: "portal.ledgerline.example",
	}, nil
}

// Provision creates pay.<slug> as a proxied CNAME to the portal origin.
func (p *LegacyProvisioner) Provision(ctx context.Context, slug string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()

	proxied := true
	rec, err := p.api.CreateDNSRecord(ctx, cloudflare.ZoneIdentifier(p.zoneID), cloudflare.CreateDNSRecordParams{
		Type:    "CNAME",
		Name:    "pay." + slug,
		Content: p.target,
		TTL:     1,
		Proxied: &proxied,
		Comment: "ledgerline invoice portal",
	})
	if err != nil {
		return "", fmt.Errorf("dnsprov: create record for %s: %w", slug, err)
	}
	return rec.ID, nil
}

// Deprovision removes the record when a customer cancels.
func (p *LegacyProvisioner) Deprovision(ctx context.Context, recordID string) error {
	return p.api.DeleteDNSRecord(ctx, cloudflare.ZoneIdentifier(p.zoneID), recordID)
}
