package internal

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// DefaultHost is the PowerDNS Authoritative webserver on the same host.
const DefaultHost = "http://127.0.0.1:8081"

// Client the PowerDNS API client.
type Client struct {
	serverName string
	apiKey     string

	Host       *url.URL
	HTTPClient *http.Client
}

// NewClient creates a new Client. With insecure set, the certificate of the
// PowerDNS webserver is not verified (self-signed certs on internal servers).
func NewClient(host *url.URL, serverName, apiKey string, insecure bool) *Client {
	httpClient := &http.Client{Timeout: 30 * time.Second}
	if insecure {
		httpClient.Transport = &http.Transport{
			Proxy:           http.ProxyFromEnvironment,
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		}
	}

	return &Client{
		serverName: serverName,
		apiKey:     apiKey,
		Host:       host,
		HTTPClient: httpClient,
	}
}

// UpdateRecords sends a PATCH with the given RRSets to the zone.
func (c *Client) UpdateRecords(ctx context.Context, zone string, sets RRSets) error {
	endpoint := c.Host.JoinPath("api", "v1", "servers", c.serverName, "zones", zone)

	body, err := json.Marshal(sets)
	if err != nil {
		return err
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, endpoint.String(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-API-Key", c.apiKey)
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return fmt.Errorf("pdns: %w", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusNoContent {
		raw, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("pdns: unexpected status %d: %s", resp.StatusCode, raw)
	}
	return nil
}

// RRSets the body of a zone PATCH.
type RRSets struct {
	RRSets []RRSet `json:"rrsets"`
}

// RRSet a resource record set.
type RRSet struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	ChangeType string   `json:"changetype"`
	TTL        int      `json:"ttl,omitempty"`
	Records    []Record `json:"records"`
}

// Record a single record of an RRSet.
type Record struct {
	Content  string `json:"content"`
	Disabled bool   `json:"disabled"`
}
