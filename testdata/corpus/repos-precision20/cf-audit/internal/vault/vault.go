// Package vault reads the audit token from HashiCorp Vault (KV v2).
package vault

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

// Client is a minimal KV v2 reader.
type Client struct {
	addr  string
	token string
	hc    *http.Client
}

// FromEnv builds a client from VAULT_ADDR and VAULT_TOKEN, honouring
// VAULT_SKIP_VERIFY the same way the vault CLI does. Vault here is the
// internal cluster at vault.ferrous.internal; it never fronts Cloudflare.
func FromEnv() (*Client, error) {
	addr := strings.TrimSuffix(os.Getenv("VAULT_ADDR"), "/")
	if addr == "" {
		return nil, fmt.Errorf("vault: VAULT_ADDR not set")
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if os.Getenv("VAULT_SKIP_VERIFY") == "true" {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // opt-in, dev vault only
	}
	return &Client{
		addr:  addr,
		token: os.Getenv("VAULT_TOKEN"),
		hc:    &http.Client{Transport: tr, Timeout: 10 * time.Second},
	}, nil
}

// KV reads field from the KV v2 secret at mount/path.
func (c *Client) KV(ctx context.Context, mount, path, field string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/%s/data/%s", c.addr, mount, path), nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("X-Vault-Token", c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", fmt.Errorf("vault: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("vault: %s/%s: %s", mount, path, resp.Status)
	}
	var out struct {
		Data struct {
			Data map[string]string `json:"data"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	v, ok := out.Data.Data[field]
	if !ok {
		return "", fmt.Errorf("vault: %s/%s has no field %q", mount, path, field)
	}
	return v, nil
}
