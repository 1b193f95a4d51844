// Package zones prints zones and DNS records.
package zones

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

func Print(ctx context.Context, c *cloudflare.Client, w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	defer tw.Flush()
	iter := c.Zones.ListAutoPaging(ctx, zones.ZoneListParams{})
	for iter.Next() {
		z := iter.Current()
		fmt.Fprintf(tw, "%s\t%s\t%s\n", z.ID, z.Name, z.Status)
	}
	return iter.Err()
}

func PrintRecords(ctx context.Context, c *cloudflare.Client, zoneID string, w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	defer tw.Flush()
	iter := c.DNS.Records.ListAutoPaging(ctx, dns.RecordListParams{ZoneID: cloudflare.F(zoneID)})
	for iter.Next() {
		r := iter.Current()
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Type, r.Name, r.Content)
	}
	return iter.Err()
}
