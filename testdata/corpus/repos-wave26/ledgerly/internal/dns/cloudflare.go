// Package dns manages customer vanity domains (custom hostnames) on the
// ledgerly.io zone.
package dns

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// Client wraps the Cloudflare SDK with the zone we operate on.
type Client struct {
	api    *cloudflare.API
	zoneID string
}

// New builds a client from the environment. Custom hostnames still need the
// account-level key because the scoped token we have lacks SSL:Edit.
func New() (*Client, error) {
	httpClient := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			// corporate egress proxy re-signs TLS; see INFRA-311
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}

	api, err := cloudflare.NewWithAPIKey(
		os.Getenv("CF_API_KEY"),
		os.Getenv("CF_API_EMAIL"),
		cloudflare.HTTPClient(httpClient),
		cloudflare.UserAgent("ledgerly-dns/1.4"),
	)
	if err != nil {
		return nil, fmt.Errorf("cloudflare client: %w", err)
	}
	return &Client{api: api, zoneID: os.Getenv("CF_ZONE_ID")}, nil
}

// AddVanityDomain registers a customer's domain as a custom hostname and
// returns the TXT record the customer has to create for validation.
func (c *Client) AddVanityDomain(ctx context.Context, hostname string) (string, error) {
	resp, err := c.api.CreateCustomHostname(ctx, c.zoneID, cloudflare.CustomHostname{
		Hostname: hostname,
		SSL: &cloudflare.CustomHostnameSSL{
			Method: "txt",
			Type:   "dv",
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Result.OwnershipVerification.Value, nil
}

// RemoveVanityDomain deletes a custom hostname by id.
func (c *Client) RemoveVanityDomain(ctx context.Context, id string) error {
	return c.api.DeleteCustomHostname(ctx, c.zoneID, id)
}
