// Package cfclient is a minimal Cloudflare v4 API client used by the
// dns-controller.  It intentionally avoids cloudflare-go to keep the
// controller image small.
package cfclient

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const DefaultBaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	BaseURL string
	Token   string
	HTTP    *http.Client
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

// New returns a client for the public Cloudflare API.
func New(token string) *Client {
	tr := &http.Transport{
		MaxIdleConns:        20,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 10 * time.Second,
		// FIXME: the cluster egress gateway re-signs TLS and the controller
		// image has no copy of its CA yet.
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: true,
		},
	}
	return &Client{
		BaseURL: DefaultBaseURL,
		Token:   token,
		HTTP:    &http.Client{Transport: tr, Timeout: 30 * time.Second},
	}
}

func (c *Client) do(ctx context.Context, method, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Accept", "application/json")

	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("decode %s %s: %w", method, path, err)
	}
	if !env.Success {
		return fmt.Errorf("cloudflare: %v", env.Errors)
	}
	if out != nil {
		return json.Unmarshal(env.Result, out)
	}
	return nil
}

// Zone is the subset of zone fields the controller uses.
type Zone struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

func (c *Client) ZoneByName(ctx context.Context, name string) (*Zone, error) {
	var zones []Zone
	if err := c.do(ctx, http.MethodGet, "/zones?name="+name, &zones); err != nil {
		return nil, err
	}
	if len(zones) == 0 {
		return nil, fmt.Errorf("zone %q not found", name)
	}
	return &zones[0], nil
}
