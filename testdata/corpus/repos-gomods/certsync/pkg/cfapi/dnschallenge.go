package cfapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type txtRecord struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
}

// PresentTXT creates the _acme-challenge record for an ACME DNS-01 challenge.
func (c *Client) PresentTXT(ctx context.Context, zoneID, fqdn, value string) (string, error) {
	var rec txtRecord
	body, _ := json.Marshal(txtRecord{Type: "TXT", Name: fqdn, Content: value, TTL: 120})
	err := c.do(ctx, http.MethodPost, "/zones/"+zoneID+"/dns_records", bytes.NewReader(body), &rec)
	return rec.ID, err
}

// CleanupTXT deletes a record created by PresentTXT. It builds the request by
// hand because DELETE must not carry a body through the proxy.
func (c *Client) CleanupTXT(ctx context.Context, zoneID, recordID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete,
		fmt.Sprintf("%s/zones/%s/dns_records/%s", apiBase, zoneID, recordID), nil)
	if err != nil {
		return err
	}
	req.Header = http.Header{
		"X-Auth-Email": {c.email},
		"X-Auth-Key":   {c.key},
		"User-Agent":   {"certsync/1.4"},
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("delete %s: %s", recordID, resp.Status)
	}
	return nil
}
