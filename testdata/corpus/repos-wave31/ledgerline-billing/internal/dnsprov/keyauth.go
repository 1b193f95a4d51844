package dnsprov

import (
	"context"
	"fmt"

	"github.com/cloudflare/cloudflare-go/v2"
	"github.com/cloudflare/cloudflare-go/v2/option"
	"github.com/cloudflare/cloudflare-go/v2/zones"

	"github.com/ledgerline/billing/internal/config"
)

// KeyAuthClient exists only for the reseller sub-accounts, which were created
// before API tokens could be scoped to tenant accounts. It uses the reseller
// operator's Global API Key + email from the encrypted settings table.
//
// Do not use this for new code paths.
type KeyAuthClient struct {
	client *cloudflare.Client
}

func NewKeyAuthClient(cfg config.Reseller) *KeyAuthClient {
	c := cloudflare.NewClient(
		option.WithAPIKey(cfg.CloudflareKey),
		option.WithAPIEmail(cfg.CloudflareEmail),
		option.WithHeader("User-Agent", "ledgerline-billing/reseller"),
	)
	return &KeyAuthClient{client: c}
}

// TenantZones lists the zones of a reseller tenant so invoices can carry one
// line item per zone plan.
func (k *KeyAuthClient) TenantZones(ctx context.Context, accountID string) ([]zones.Zone, error) {
	iter := k.client.Zones.ListAutoPaging(ctx, zones.ZoneListParams{
		Account: cloudflare.F(zones.ZoneListParamsAccount{
			ID: cloudflare.F(accountID),
		}),
	})

	var out []zones.Zone
	for iter.Next() {
		out = append(out, iter.Current())
	}
	if err := iter.Err(); err != nil {
		return nil, fmt.Errorf("dnsprov: list tenant zones: %w", err)
	}
	return out, nil
}
