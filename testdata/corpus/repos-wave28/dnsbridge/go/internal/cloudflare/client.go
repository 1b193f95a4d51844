// Package cloudflare is dnsctl's own tiny wrapper around the Cloudflare v4
// API. It only supports scoped API tokens (Authorization: Bearer).
package cloudflare

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const defaultBaseURL = "https://api.cloudflare.com/client/v4"

// Client talks to the Cloudflare API with a bearer token.
type Client struct {
	baseURL string
	token   string
	http    *http.Client
}

// New returns a Client that authenticates with the given API token.
func New(token string) *Client {
	return &Client{
		baseURL: defaultBaseURL,
		token:   token,
		http:    &http.Client{Timeout: 20 * time.Second},
	}
}

type envelope[T any] struct {
	Success bool `json:"success"`
	Errors  []struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"errors"`
	Result T `json:"result"`
}

// Zone is the subset of zone fields dnsctl needs.
type Zone struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

// Zones lists all zones visible to the token.
func (c *Client) Zones(ctx context.Context) ([]Zone, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/zones?per_page=50", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/json")

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()

	var env envelope[[]Zone]
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return nil, fmt.Errorf("decoding zones: %w", err)
	}
	if !env.Success {
		return nil, fmt.Errorf("cloudflare: %v", env.Errors)
	}
	return env.Result, nil
}
