package cfapi

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/cloudflare/cloudflare-go"
)

// PublicIP asks the trace endpoint which address we egress from.
func (c *Client) PublicIP(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ipEchoURL, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()

	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if ip, ok := strings.CutPrefix(sc.Text(), "ip="); ok {
			return ip, nil
		}
	}
	return "", fmt.Errorf("no ip= line in trace response")
}

// Sync points record at the current public IP, creating it if needed.
func (c *Client) Sync(ctx context.Context, zone, record string) error {
	ip, err := c.PublicIP(ctx)
	if err != nil {
		return err
	}
	zoneID, err := c.api.ZoneIDByName(zone)
	if err != nil {
		return fmt.Errorf("lookup zone %s: %w", zone, err)
	}
	rc := cloudflare.ZoneIdentifier(zoneID)

	typ := "A"
	if strings.Contains(ip, ":") {
		typ = "AAAA"
	}
	recs, _, err := c.api.ListDNSRecords(ctx, rc, cloudflare.ListDNSRecordsParams{Name: record, Type: typ})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		_, err = c.api.CreateDNSRecord(ctx, rc, cloudflare.CreateDNSRecordParams{Type: typ, Name: record, Content: ip, TTL: 120})
		return err
	}
	if recs[0].Content == ip {
		return nil
	}
	_, err = c.api.UpdateDNSRecord(ctx, rc, cloudflare.UpdateDNSRecordParams{ID: recs[0].ID, Type: typ, Name: record, Content: ip, TTL: 120})
	return err
}
