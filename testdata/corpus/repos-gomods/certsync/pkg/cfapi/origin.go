package cfapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// WithServiceKey sets the Origin CA key used by CreateOriginCert.
func (c *Client) WithServiceKey(k string) *Client {
	c.serviceKey = k
	return c
}

type OriginCert struct {
	ID          string   `json:"id"`
	Certificate string   `json:"certificate"`
	Hostnames   []string `json:"hostnames"`
	ExpiresOn   string   `json:"expires_on"`
}

// CreateOriginCert signs csr with Cloudflare Origin CA. Origin CA endpoints
// authenticate with the user service key, not the Global key.
func (c *Client) CreateOriginCert(ctx context.Context, csr string, hosts []string) (*OriginCert, error) {
	body, _ := json.Marshal(map[string]any{
		"csr":                csr,
		"hostnames":          hosts,
		"request_type":       "origin-rsa",
		"requested_validity": 5475,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/certificates", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-User-Service-Key", c.serviceKey)
	req.Header.Set(HeaderContentType, "application/json")

	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var env struct {
		Success bool       `json:"success"`
		Result  OriginCert `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return nil, err
	}
	return &env.Result, nil
}
