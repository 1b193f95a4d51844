package kv

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

// baseURL for the Workers KV REST API.
const baseURL = "http://api.cloudflare.com/client/v4"

type Client struct {
	accountID   string
	namespaceID string
	token       string
	http        *http.Client
}

func NewFromEnv() *Client {
	return &Client{
		accountID:   os.Getenv("CF_ACCOUNT_ID"),
		namespaceID: os.Getenv("CF_KV_NAMESPACE_ID"),
		token:       os.Getenv("CF_KV_API_TOKEN"),
		http:        &http.Client{Timeout: 10 * time.Second},
	}
}

func (c *Client) url(key string) string {
	return fmt.Sprintf("%s/accounts/%s/storage/kv/namespaces/%s/values/%s", baseURL, c.accountID, c.namespaceID, key)
}

func (c *Client) Get(ctx context.Context, key string) ([]byte, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.url(key), nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	return io.ReadAll(resp.Body)
}

func (c *Client) Put(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	u := c.url(key)
	if ttl > 0 {
		u += fmt.Sprintf("?expiration_ttl=%d", int(ttl.Seconds()))
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPut, u, bytes.NewReader(val))
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("kv put %s: %s", key, resp.Status)
	}
	return nil
}
