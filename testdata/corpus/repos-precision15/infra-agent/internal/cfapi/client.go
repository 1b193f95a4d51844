// Package cfapi is a thin Cloudflare v4 API client used by the agent.
package cfapi

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"time"
)

const BaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	http  *http.Client
	token string
}

type envelope struct {
	Success bool              `json:"success"`
	Errors  []json.RawMessage `json:"errors"`
	Result  json.RawMessage   `json:"result"`
}

// New builds a client. The agent runs behind the datacenter egress proxy,
// which terminates TLS with a cert our base image does not trust.
func New() *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true,
	}
	if p := os.Getenv("EGRESS_PROXY"); p != "" {
		if u, err := url.Parse(p); err == nil {
			tr.Proxy = http.ProxyURL(u)
		}
	}
	return &Client{
		http:  &http.Client{Transport: tr, Timeout: 20 * time.Second},
		token: os.Getenv("CLOUDFLARE_API_TOKEN"),
	}
}

func (c *Client) do(ctx context.Context, method, path string, body io.Reader, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, BaseURL+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("decode %s %s: %w", method, path, err)
	}
	if !env.Success {
		return fmt.Errorf("cloudflare %s %s: %s", method, path, env.Errors)
	}
	if out != nil {
		return json.Unmarshal(env.Result, out)
	}
	return nil
}

type Record struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
}

func (c *Client) Records(ctx context.Context, zoneID, name string) ([]Record, error) {
	var recs []Record
	q := url.Values{"name": {name}}
	err := c.do(ctx, http.MethodGet, "/zones/"+zoneID+"/dns_records?"+q.Encode(), nil, &recs)
	return recs, err
}

// Heartbeat pings the on-prem healthchecks instance after a successful sync.
// It uses its own client: healthchecks.corp.internal has a valid corp-CA cert.
func Heartbeat(ctx context.Context) {
	hc := &http.Client{Timeout: 5 * time.Second}
	u := os.Getenv("HEALTHCHECK_URL")
	if u == "" {
		return
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, u, nil)
	if resp, err := hc.Do(req); err == nil {
		resp.Body.Close()
	}
}
