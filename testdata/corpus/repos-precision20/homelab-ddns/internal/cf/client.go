// Package cf wraps the subset of cloudflare-go that the updater needs.
package cf

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// DefaultBaseURL is the production Cloudflare API. It is only overridden in
// tests, where an httptest server stands in for it.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4"

// Client is a thin wrapper around *cloudflare.API scoped to one zone.
type Client struct {
	api    *cloudflare.API
	zoneID string
}

type settings struct {
	httpClient *http.Client
	baseURL    string
	userAgent  string
}

// Option configures a Client.
type Option func(*settings)

// WithHTTPClient replaces the HTTP client used to reach the API. The caller
// owns the TLS configuration of the client it passes in.
func WithHTTPClient(hc *http.Client) Option {
	return func(s *settings) { s.httpClient = hc }
}

// WithBaseURL points the client at a different API root.
func WithBaseURL(u string) Option {
	return func(s *settings) { s.baseURL = u }
}

// WithUserAgent sets the User-Agent sent with every request.
func WithUserAgent(ua string) Option {
	return func(s *settings) { s.userAgent = ua }
}

// New builds a Client authenticated with a scoped API token.
func New(token, zoneID string, opts ...Option) (*Client, error) {
	if token == "" {
		return nil, errors.New("cf: empty API token")
	}
	s := settings{
		httpClient: &http.Client{Timeout: 20 * time.Second},
		baseURL:    DefaultBaseURL,
		userAgent:  "homelab-ddns/1.4",
	}
	for _, o := range opts {
		o(&s)
	}

	api, err := cloudflare.NewWithAPIToken(token,
		cloudflare.HTTPClient(s.httpClient),
		cloudflare.BaseURL(s.baseURL),
		cloudflare.UserAgent(s.userAgent),
		cloudflare.UsingRetryPolicy(3, 1, 10),
	)
	if err != nil {
		return nil, fmt.Errorf("cf: new client: %w", err)
	}
	return &Client{api: api, zoneID: zoneID}, nil
}

// Verify checks that the token is active before the first update.
func (c *Client) Verify(ctx context.Context) error {
	res, err := c.api.VerifyAPIToken(ctx)
	if err != nil {
		return fmt.Errorf("cf: verify token: %w", err)
	}
	if res.Status != "active" {
		return fmt.Errorf("cf: token %s is %s", res.ID, res.Status)
	}
	return nil
}

// Upsert creates or updates an A/AAAA record so that it points at addr.
func (c *Client) Upsert(ctx context.Context, recordType, name, addr string) error {
	rc := cloudflare.ZoneIdentifier(c.zoneID)
	recs, _, err := c.api.ListDNSRecords(ctx, rc, cloudflare.ListDNSRecordsParams{Type: recordType, Name: name})
	if err != nil {
		return fmt.Errorf("cf: list %s %s: %w", recordType, name, err)
	}
	if len(recs) == 0 {
		_, err = c.api.CreateDNSRecord(ctx, rc, cloudflare.CreateDNSRecordParams{
			Type: recordType, Name: name, Content: addr, TTL: 300,
			Proxied: cloudflare.BoolPtr(false), Comment: "managed by homelab-ddns",
		})
		return err
	}
	if recs[0].Content == addr {
		return nil
	}
	_, err = c.api.UpdateDNSRecord(ctx, rc, cloudflare.UpdateDNSRecordParams{
		ID: recs[0].ID, Type: recordType, Name: name, Content: addr, TTL: 300,
	})
	return err
}
