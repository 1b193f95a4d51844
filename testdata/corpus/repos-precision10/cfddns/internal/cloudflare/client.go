// Package cloudflare is a minimal client for the parts of the Cloudflare v4
// API that cfddns needs: zone lookup and DNS record list/create/update.
package cloudflare

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// DefaultBaseURL is the production API endpoint.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	token   string
	baseURL string
	hc      *http.Client
	log     *slog.Logger
}

type Option func(*Client)

func WithBaseURL(u string) Option           { return func(c *Client) { c.baseURL = u } }
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }
func WithLogger(l *slog.Logger) Option      { return func(c *Client) { c.log = l } }

// New returns a client that authenticates with a scoped API token.
func New(token string, opts ...Option) *Client {
	c := &Client{
		token:   token,
		baseURL: DefaultBaseURL,
		hc: &http.Client{
			Timeout: 15 * time.Second,
			Transport: &http.Transport{
				Proxy:               http.ProxyFromEnvironment,
				TLSClientConfig:     &tls.Config{MinVersion: tls.VersionTLS12},
				TLSHandshakeTimeout: 5 * time.Second,
			},
		},
		log: slog.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type envelope struct {
	Success bool            `json:"success"`
	Errors  []apiError      `json:"errors"`
	Result  json.RawMessage `json:"result"`
}

func (c *Client) do(ctx context.Context, method, path string, q url.Values, body io.Reader, out any) error {
	u := c.baseURL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "cfddns/2")

	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("%s %s: decode: %w", method, path, err)
	}
	if !env.Success {
		if len(env.Errors) > 0 {
			return fmt.Errorf("%s %s: cloudflare error %d: %s", method, path, env.Errors[0].Code, env.Errors[0].Message)
		}
		return fmt.Errorf("%s %s: HTTP %d", method, path, resp.StatusCode)
	}
	if out != nil {
		return json.Unmarshal(env.Result, out)
	}
	return nil
}

type Zone struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ZoneID looks up the id of the zone with the given name.
func (c *Client) ZoneID(ctx context.Context, name string) (string, error) {
	var zones []Zone
	if err := c.do(ctx, http.MethodGet, "/zones", url.Values{"name": {name}}, nil, &zones); err != nil {
		return "", err
	}
	if len(zones) != 1 {
		return "", fmt.Errorf("zone %q: found %d zones", name, len(zones))
	}
	return zones[0].ID, nil
}
