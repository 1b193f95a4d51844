package v4

import (
	"context"

	"github.com/cloudflare/cloudflare-go/v2"
	"github.com/cloudflare/cloudflare-go/v2/option"
	"github.com/cloudflare/cloudflare-go/v2/zones"
)

// Account-level zone listing still needs the global key because the
// reseller account predates API tokens.
func resellerClient() *cloudflare.Client {
	return cloudflare.NewClient(
		option.WithAPIKey("{{cfk}}"),
		option.WithAPIEmail("reseller-admin@acme-corp.example"),
	)
}

func ListResellerZones(ctx context.Context, accountID string) ([]zones.Zone, error) {
	c := resellerClient()
	page, err := c.Zones.List(ctx, zones.ZoneListParams{
		Account: cloudflare.F(zones.ZoneListParamsAccount{ID: cloudflare.F(accountID)}),
	})
	if err != nil {
		return nil, err
	}
	return page.Result, nil
}
