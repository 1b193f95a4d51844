package goclient

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

const defaultBaseURL = "https://api.cloudflare.com/client/v4"

const verifyURL = defaultBaseURL + "/user/tokens/verify"

type Client struct{ baseURL *url.URL }

func (c *Client) CreateRecord(ctx context.Context, zoneID string) error {
	endpoint := c.baseURL.JoinPath("zones", zoneID, "dns_records")
	return c.send(ctx, http.MethodPost, endpoint)
}

func (c *Client) Zones(ctx context.Context) error {
	endpoint := c.baseURL.JoinPath("zones")
	return c.send(ctx, http.MethodGet, endpoint)
}

func (c *Client) Record(ctx context.Context, zoneID, id string) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/zones/%s/dns_records/%s", defaultBaseURL, zoneID, id), nil)
}

func Verify() (*http.Response, error) { return http.Get(verifyURL) }

// send's URL is its caller's: not a call of its own.
func (c *Client) send(ctx context.Context, method string, endpoint *url.URL) error {
	req, err := http.NewRequestWithContext(ctx, method, endpoint.String(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func (c *Client) Dynamic(ctx context.Context, path string) error {
	u := lookup(path)
	_, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	return err
}

func lookup(p string) string { return p }

// Lone path-like words are not calls: a command name, a prefix test.
var command = struct{ Name string }{Name: "accounts"}

func isZonePath(p string) bool { return len(p) > 7 && p[:7] == "/zones/" }

// A helper that takes the method and the path side by side.
func (c *Client) Purge(ctx context.Context, zone string) error {
	return c.do(ctx, http.MethodPost, "/zones/"+zone+"/purge_cache")
}

func (c *Client) do(ctx context.Context, method, path string) error { return nil }
