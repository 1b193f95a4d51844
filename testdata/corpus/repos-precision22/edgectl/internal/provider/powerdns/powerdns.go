// Package powerdns implements the edgectl provider for the PowerDNS
// Authoritative HTTP API. We run it as a secondary for zones whose primary is
// Cloudflare, so records are mirrored from api.cloudflare.com into PowerDNS.
package powerdns

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

// Config is the powerdns section of edgectl.yaml.
type Config struct {
	BaseURL            string `yaml:"base_url"`
	ServerID           string `yaml:"server_id"`
	KeyEnv             string `yaml:"key_env"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

// Provider writes RRsets into PowerDNS.
type Provider struct {
	cfg    Config
	apiKey string
	hc     *http.Client
}

// RRSet is a PowerDNS resource record set.
type RRSet struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	TTL        int      `json:"ttl"`
	ChangeType string   `json:"changetype"`
	Records    []Record `json:"records"`
}

// Record is one record of an RRSet.
type Record struct {
	Content  string `json:"content"`
	Disabled bool   `json:"disabled"`
}

// New creates the provider. The API key comes from cfg.KeyEnv (default PDNS_API_KEY).
func New(cfg Config) (*Provider, error) {
	if cfg.KeyEnv == "" {
		cfg.KeyEnv = "PDNS_API_KEY"
	}
	if cfg.ServerID == "" {
		cfg.ServerID = "localhost"
	}
	key := os.Getenv(cfg.KeyEnv)
	if key == "" {
		return nil, fmt.Errorf("powerdns: %s is not set", cfg.KeyEnv)
	}

	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.InsecureSkipVerify {
		// pdns-api.int.northwind.net still serves the self-signed cert from the
		// appliance image. This client only ever talks to that host.
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec
	}
	return &Provider{cfg: cfg, apiKey: key, hc: &http.Client{Transport: tr, Timeout: 20 * time.Second}}, nil
}

// PatchZone applies RRset changes to a zone (zone name with trailing dot).
func (p *Provider) PatchZone(ctx context.Context, zone string, rrsets []RRSet) error {
	body, err := json.Marshal(map[string]any{"rrsets": rrsets})
	if err != nil {
		return err
	}
	u := fmt.Sprintf("%s/servers/%s/zones/%s", p.cfg.BaseURL, p.cfg.ServerID, zone)
	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-API-Key", p.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("powerdns: PATCH %s: %s", zone, resp.Status)
	}
	return nil
}
