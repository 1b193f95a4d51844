// Package cfapi is a tiny Cloudflare API v4 client for the DNS sync job.
package cfapi

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

// DefaultBaseURL is the Cloudflare API v4 endpoint.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	baseURL string
	token   string
	http    *http.Client
}

// NewFromEnv reads CLOUDFLARE_API_TOKEN, or the file named by
// CLOUDFLARE_API_TOKEN_FILE (Kubernetes secret mount).
func NewFromEnv() (*Client, error) {
	tok := os.Getenv("CLOUDFLARE_API_TOKEN")
	if tok == "" {
		if p := os.Getenv("CLOUDFLARE_API_TOKEN_FILE"); p != "" {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("read token file: %w", err)
			}
			tok = strings.TrimSpace(string(b))
		}
	}
	if tok == "" {
		return nil, errors.New("cfapi: no CLOUDFLARE_API_TOKEN or CLOUDFLARE_API_TOKEN_FILE")
	}
	return &Client{
		baseURL: DefaultBaseURL,
		token:   tok,
		http: &http.Client{
			Timeout: 30 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
			},
		},
	}, nil
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

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&body).Encode(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &body)
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
		return fmt.Errorf("cfapi: decode %s %s: %w", method, path, err)
	}
	if !env.Success {
		return fmt.Errorf("cfapi: %s %s: %v (cf-ray %s)", method, path, env.Errors, resp.Header.Get("Cf-Ray"))
	}
	if out != nil {
		return json.Unmarshal(env.Result, out)
	}
	return nil
}

type DNSRecord struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Proxied bool   `json:"proxied"`
}

func (c *Client) ListDNSRecords(ctx context.Context, zoneID string) ([]DNSRecord, error) {
	var recs []DNSRecord
	err := c.do(ctx, http.MethodGet, "/zones/"+zoneID+"/dns_records?per_page=5000", nil, &recs)
	return recs, err
}

func (c *Client) UpsertDNSRecord(ctx context.Context, zoneID string, r DNSRecord) error {
	if r.ID == "" {
		return c.do(ctx, http.MethodPost, "/zones/"+zoneID+"/dns_records", r, nil)
	}
	return c.do(ctx, http.MethodPut, "/zones/"+zoneID+"/dns_records/"+r.ID, r, nil)
}
