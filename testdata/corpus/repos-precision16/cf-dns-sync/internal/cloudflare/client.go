// Package cloudflare is a minimal client for the Cloudflare v4 DNS API used by
// cf-dns-sync. Tests point BaseURL at an httptest server or the WireMock
// container from docker-compose.test.yml.
package cloudflare

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// DefaultBaseURL is the production Cloudflare API endpoint.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	BaseURL    string
	Token      string
	HTTPClient *http.Client
}

type Option func(*Client)

// WithBaseURL overrides the API endpoint (used for mocks).
func WithBaseURL(u string) Option {
	return func(c *Client) { c.BaseURL = strings.TrimRight(u, "/") }
}

// WithHTTPClient lets tests inject srv.Client() or a custom transport.
func WithHTTPClient(h *http.Client) Option {
	return func(c *Client) { c.HTTPClient = h }
}

func New(token string, opts ...Option) *Client {
	c := &Client{
		BaseURL:    DefaultBaseURL,
		Token:      token,
		HTTPClient: &http.Client{Timeout: 30 * time.Second},
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

type Zone struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

type envelope struct {
	Success bool            `json:"success"`
	Errors  []apiError      `json:"errors"`
	Result  json.RawMessage `json:"result"`
}

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (c *Client) do(ctx context.Context, method, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("decode %s %s: %w", method, path, err)
	}
	if !env.Success {
		if len(env.Errors) > 0 {
			return fmt.Errorf("cloudflare: %d %s", env.Errors[0].Code, env.Errors[0].Message)
		}
		return fmt.Errorf("cloudflare: request failed with HTTP %d", resp.StatusCode)
	}
	return json.Unmarshal(env.Result, out)
}

// ListZones returns all zones visible to the token.
func (c *Client) ListZones(ctx context.Context) ([]Zone, error) {
	var zones []Zone
	err := c.do(ctx, http.MethodGet, "/zones?per_page=50", &zones)
	return zones, err
}
