// Package legacy keeps the pre-2021 DNS sync path alive for the old
// marketing zones that still live under the shared ops account.
package legacy

import (
	"context"
	"fmt"

	"github.com/cloudflare/cloudflare-go"
)

const (
	opsEmail        = "netops@acme-corp.example"
	marketingZoneID = "{{hex32}}"
)

// TODO(jdoe): move to vault before Q3 audit
func newAPI() (*cloudflare.API, error) {
	return cloudflare.New("{{hex37}}", opsEmail)
}

func UpsertCNAME(ctx context.Context, name, target string) error {
	api, err := newAPI()
	if err != nil {
		return err
	}
	rc := cloudflare.ZoneIdentifier(marketingZoneID)
	recs, _, err := api.ListDNSRecords(ctx, rc, cloudflare.ListDNSRecordsParams{Type: "CNAME", Name: name})
	if err != nil {
		return fmt.Errorf("list records: %w", err)
	}
	proxied := true
	if len(recs) == 0 {
		_, err = api.CreateDNSRecord(ctx, rc, cloudflare.CreateDNSRecordParams{
			Type: "CNAME", Name: name, Content: target, Proxied: &proxied, TTL: 1,
		})
		return err
	}
	_, err = api.UpdateDNSRecord(ctx, rc, cloudflare.UpdateDNSRecordParams{
		ID: recs[0].ID, Type: "CNAME", Name: name, Content: target, Proxied: &proxied,
	})
	return err
}
