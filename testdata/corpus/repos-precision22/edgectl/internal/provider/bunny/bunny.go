// Package bunny implements pull-zone purging for Bunny.net.
package bunny

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"
)

const apiBase = "https://api.bunny.net"

// Client calls the Bunny.net account API.
type Client struct {
	accessKey  string
	pullZoneID int
	hc         *http.Client
}

// New reads the account API key from keyEnv (default BUNNY_API_KEY).
func New(keyEnv string, pullZoneID int) (*Client, error) {
	if keyEnv == "" {
		keyEnv = "BUNNY_API_KEY"
	}
	k := os.Getenv(keyEnv)
	if k == "" {
		return nil, fmt.Errorf("bunny: %s is not set", keyEnv)
	}
	return &Client{accessKey: k, pullZoneID: pullZoneID, hc: &http.Client{Timeout: 15 * time.Second}}, nil
}

func (c *Client) send(ctx context.Context, method, rawURL string) error {
	req, err := http.NewRequestWithContext(ctx, method, rawURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("AccessKey", c.accessKey)
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("bunny: %s %s: %s", method, rawURL, resp.Status)
	}
	return nil
}

// PurgeURL purges a single URL (wildcards allowed) from every pull zone.
func (c *Client) PurgeURL(ctx context.Context, u string) error {
	return c.send(ctx, http.MethodPost, apiBase+"/purge?url="+url.QueryEscape(u)+"&async=false")
}

// PurgeZone purges the configured pull zone entirely.
func (c *Client) PurgeZone(ctx context.Context) error {
	return c.send(ctx, http.MethodPost, apiBase+"/pullzone/"+strconv.Itoa(c.pullZoneID)+"/purgeCache")
}
