package v4

import (
	"context"

	"github.com/cloudflare/cloudflare-go/v2"
	"github.com/cloudflare/cloudflare-go/v2/dns"
	"github.com/cloudflare/cloudflare-go/v2/option"
)

// scoped token: Zone.DNS:Edit on acme.example only
var client = cloudflare.NewClient(
	option.WithAPIToken("{{cfat}}"),
	option.WithMaxRetries(3),
)

func ListA(ctx context.Context, zoneID string) ([]dns.Record, error) {
	page, err := client.DNS.Records.List(ctx, dns.RecordListParams{
		ZoneID: cloudflare.F(zoneID),
		Type:   cloudflare.F(dns.RecordListParamsTypeA),
	})
	if err != nil {
		return nil, err
	}
	return page.Result, nil
}
