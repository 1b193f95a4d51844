// Package cfapi wraps the Cloudflare Go SDK (v4) for the controllers.
package cfapi

import (
	"context"
	"fmt"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

// Credentials are read from the Secret referenced by a CloudflareAccount.
type Credentials struct {
	APIToken string

	// Global API Key + email. Only for accounts created before API tokens
	// existed; see docs/migrating-to-tokens.md.
	APIKey string
	Email  string
}

// Client wraps the SDK with the few calls the controllers need.
type Client struct {
	cf *cloudflare.Client
}

// NewClient builds an SDK client for creds. extra options are applied last
// (tests use them to override the base URL and HTTP client).
func NewClient(creds Credentials, extra ...option.RequestOption) (*Client, error) {
	opts := []option.RequestOption{
		option.WithHTTPClient(newHTTPClient()),
		option.WithMaxRetries(3),
	}

	switch {
	case creds.APIToken != "":
		opts = append(opts, option.WithAPIToken(creds.APIToken))
	case creds.APIKey != "" && creds.Email != "":
		opts = append(opts, option.WithAPIKey(creds.APIKey), option.WithAPIEmail(creds.Email))
	default:
		return nil, fmt.Errorf("cfapi: credentials need apiToken, or apiKey and email")
	}

	opts = append(opts, extra...)
	return &Client{cf: cloudflare.NewClient(opts...)}, nil
}

// ZoneID returns the ID of the zone called name.
func (c *Client) ZoneID(ctx context.Context, name string) (string, error) {
	page, err := c.cf.Zones.List(ctx, zones.ZoneListParams{Name: cloudflare.F(name)})
	if err != nil {
		return "", fmt.Errorf("listing zones: %w", err)
	}
	if len(page.Result) == 0 {
		return "", fmt.Errorf("zone %q not found", name)
	}
	return page.Result[0].ID, nil
}

// UpsertCNAME points name at target, creating the record when missing.
func (c *Client) UpsertCNAME(ctx context.Context, zoneID, name, target string, proxied bool) (string, error) {
	existing, err := c.cf.DNS.Records.List(ctx, dns.RecordListParams{
		ZoneID: cloudflare.F(zoneID),
		Name:   cloudflare.F(dns.RecordListParamsName{Exact: cloudflare.F(name)}),
	})
	if err != nil {
		return "", fmt.Errorf("listing records: %w", err)
	}

	rec := dns.CNAMERecordParam{
		Name:    cloudflare.F(name),
		Type:    cloudflare.F(dns.CNAMERecordTypeCNAME),
		Content: cloudflare.F(target),
		Proxied: cloudflare.F(proxied),
		TTL:     cloudflare.F(dns.TTL1),
		Comment: cloudflare.F("managed by cloudflare-operator"),
	}

	if len(existing.Result) > 0 {
		id := existing.Result[0].ID
		_, err := c.cf.DNS.Records.Update(ctx, id, dns.RecordUpdateParams{ZoneID: cloudflare.F(zoneID), Record: rec})
		return id, err
	}
	created, err := c.cf.DNS.Records.New(ctx, dns.RecordNewParams{ZoneID: cloudflare.F(zoneID), Record: rec})
	if err != nil {
		return "", err
	}
	return created.ID, nil
}

// DeleteRecord removes a DNS record.
func (c *Client) DeleteRecord(ctx context.Context, zoneID, recordID string) error {
	_, err := c.cf.DNS.Records.Delete(ctx, recordID, dns.RecordDeleteParams{ZoneID: cloudflare.F(zoneID)})
	return err
}
