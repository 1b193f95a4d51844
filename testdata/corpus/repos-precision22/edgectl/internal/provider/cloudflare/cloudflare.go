// Package cloudflare implements the edgectl provider for the Cloudflare v4 API.
//
// Only scoped API tokens are supported. The Global API Key (X-Auth-Key together
// with X-Auth-Email) is intentionally not implemented.
package cloudflare

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"
)

const defaultBaseURL = "https://api.cloudflare.com/client/v4"

// Provider talks to the Cloudflare API for one or more zones.
type Provider struct {
	baseURL string
	token   string
	hc      *http.Client
}

// Record is the subset of a Cloudflare DNS record edgectl manages.
type Record struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Proxied bool   `json:"proxied"`
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

// New builds a provider from the environment. tokenEnv defaults to
// CLOUDFLARE_API_TOKEN.
func New(tokenEnv, baseURL string) (*Provider, error) {
	if tokenEnv == "" {
		tokenEnv = "CLOUDFLARE_API_TOKEN"
	}
	tok := os.Getenv(tokenEnv)
	if tok == "" {
		return nil, fmt.Errorf("%s is not set: create a scoped token with Zone:DNS:Edit", tokenEnv)
	}
	if baseURL == "" {
		baseURL = defaultBaseURL
	}
	return &Provider{
		baseURL: baseURL,
		token:   tok,
		hc:      &http.Client{Timeout: 30 * time.Second},
	}, nil
}

func (p *Provider) do(ctx context.Context, method, path string, body, out any) error {
	var rdr *bytes.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rdr = bytes.NewReader(b)
	} else {
		rdr = bytes.NewReader(nil)
	}
	req, err := http.NewRequestWithContext(ctx, method, p.baseURL+path, rdr)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")

	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("cloudflare: decode %s %s: %w", method, path, err)
	}
	if !env.Success {
		if len(env.Errors) > 0 {
			return fmt.Errorf("cloudflare: %d %s", env.Errors[0].Code, env.Errors[0].Message)
		}
		return errors.New("cloudflare: request failed without error detail")
	}
	if out != nil {
		return json.Unmarshal(env.Result, out)
	}
	return nil
}

// ListRecords returns all DNS records of a zone.
func (p *Provider) ListRecords(ctx context.Context, zoneID string) ([]Record, error) {
	var recs []Record
	err := p.do(ctx, http.MethodGet, "/zones/"+zoneID+"/dns_records?per_page=5000", nil, &recs)
	return recs, err
}

// UpsertRecord creates the record, or replaces it when it already has an ID.
func (p *Provider) UpsertRecord(ctx context.Context, zoneID string, r Record) error {
	if r.ID == "" {
		return p.do(ctx, http.MethodPost, "/zones/"+zoneID+"/dns_records", r, nil)
	}
	return p.do(ctx, http.MethodPut, "/zones/"+zoneID+"/dns_records/"+r.ID, r, nil)
}

// PurgeURLs purges individual files from the Cloudflare cache.
func (p *Provider) PurgeURLs(ctx context.Context, zoneID string, urls []string) error {
	return p.do(ctx, http.MethodPost, "/zones/"+zoneID+"/purge_cache", map[string]any{"files": urls}, nil)
}
