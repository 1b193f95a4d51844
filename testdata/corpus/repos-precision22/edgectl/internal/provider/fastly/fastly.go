// Package fastly implements purging and dictionary updates for Fastly services.
package fastly

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

const apiBase = "https://api.fastly.com"

// Client is a minimal Fastly API client.
type Client struct {
	key       string
	serviceID string
	hc        *http.Client
}

// New reads the API token from tokenEnv (default FASTLY_API_TOKEN).
func New(tokenEnv, serviceID string) (*Client, error) {
	if tokenEnv == "" {
		tokenEnv = "FASTLY_API_TOKEN"
	}
	key := os.Getenv(tokenEnv)
	if key == "" {
		return nil, fmt.Errorf("fastly: %s is not set", tokenEnv)
	}
	return &Client{key: key, serviceID: serviceID, hc: &http.Client{Timeout: 20 * time.Second}}, nil
}

func (c *Client) post(ctx context.Context, path string, soft bool) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+path, nil)
	if err != nil {
		return err
	}
	// Fastly authenticates with the Fastly-Key header, not Authorization.
	req.Header.Set("Fastly-Key", c.key)
	req.Header.Set("Accept", "application/json")
	if soft {
		req.Header.Set("Fastly-Soft-Purge", "1")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("fastly: POST %s: %s", path, resp.Status)
	}
	return nil
}

// PurgeSurrogateKeys purges one or more surrogate keys on the service.
func (c *Client) PurgeSurrogateKeys(ctx context.Context, keys []string, soft bool) error {
	for _, k := range keys {
		k = strings.TrimSpace(k)
		if k == "" {
			continue
		}
		if err := c.post(ctx, "/service/"+c.serviceID+"/purge/"+k, soft); err != nil {
			return err
		}
	}
	return nil
}

// PurgeAll purges the whole service cache. Use sparingly.
func (c *Client) PurgeAll(ctx context.Context) error {
	return c.post(ctx, "/service/"+c.serviceID+"/purge_all", false)
}
