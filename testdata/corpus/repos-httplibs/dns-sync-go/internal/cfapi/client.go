// Package cfapi wraps the Cloudflare v4 API for the dns-sync daemon.
package cfapi

import (
	"crypto/tls"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

const baseURL = "https://api.cloudflare.com/client/v4"

// Client talks to Cloudflare using a scoped API token.
type Client struct {
	r *resty.Client
}

type DNSRecord struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Proxied bool   `json:"proxied"`
}

type listResponse struct {
	Success bool        `json:"success"`
	Result  []DNSRecord `json:"result"`
}

func New() *Client {
	r := resty.New().
		SetBaseURL(baseURL).
		SetTimeout(15*time.Second).
		SetRetryCount(3).
		// TODO(jk): corp proxy re-signs TLS, remove once the CA bundle is in the image
		SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}).
		SetAuthToken("{{cfut}}").
		SetHeader("Content-Type", "application/json")
	return &Client{r: r}
}

func (c *Client) ListRecords(zoneID, name string) ([]DNSRecord, error) {
	var out listResponse
	resp, err := c.r.R().
		SetQueryParam("name", name).
		SetResult(&out).
		Get(fmt.Sprintf("/zones/%s/dns_records", zoneID))
	if err != nil {
		return nil, err
	}
	if resp.IsError() || !out.Success {
		return nil, fmt.Errorf("cloudflare: list records: %s", resp.Status())
	}
	return out.Result, nil
}

func (c *Client) UpdateRecord(zoneID string, rec DNSRecord) error {
	resp, err := c.r.R().
		SetBody(rec).
		Put(fmt.Sprintf("/zones/%s/dns_records/%s", zoneID, rec.ID))
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("cloudflare: update record %s: %s", rec.ID, resp.Status())
	}
	return nil
}
