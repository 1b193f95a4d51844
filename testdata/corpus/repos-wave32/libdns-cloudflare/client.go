package cloudflare

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/libdns/libdns"
)

const defaultBaseURL = "https://api.cloudflare.com/client/v4"

// baseURL is a variable so tests can point it at an httptest server.
var baseURL = defaultBaseURL

// debugClient is set by debug.go in builds with the cfdebug tag.
var debugClient *http.Client

func (p *Provider) httpClient() *http.Client {
	switch {
	case p.HTTPClient != nil:
		return p.HTTPClient
	case debugClient != nil:
		return debugClient
	default:
		return http.DefaultClient
	}
}

func (p *Provider) getZoneInfo(ctx context.Context, zoneName string) (cfZone, error) {
	p.zonesMu.Lock()
	defer p.zonesMu.Unlock()

	if zone, ok := p.zones[zoneName]; ok {
		return zone, nil
	}

	qs := make(url.Values)
	qs.Set("name", strings.TrimSuffix(zoneName, "."))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/zones?"+qs.Encode(), nil)
	if err != nil {
		return cfZone{}, err
	}

	var zones []cfZone
	if _, err := p.doAPIRequest(req, &zones); err != nil {
		return cfZone{}, err
	}
	if len(zones) != 1 {
		return cfZone{}, fmt.Errorf("expected 1 zone for %q, got %d", zoneName, len(zones))
	}

	if p.zones == nil {
		p.zones = make(map[string]cfZone)
	}
	p.zones[zoneName] = zones[0]
	return zones[0], nil
}

// doAPIRequest authenticates the request, sends it and decodes the result
// field of the response envelope into result.
func (p *Provider) doAPIRequest(req *http.Request, result any) (cfResponse, error) {
	switch {
	case p.APIToken != "":
		token := p.APIToken
		if p.ZoneToken != "" && strings.Contains(req.URL.Path, "/dns_records") {
			token = p.ZoneToken
		}
		req.Header.Set("Authorization", "Bearer "+token)
	case p.APIKey != "":
		// Global API Key, kept for users migrating from the old lego config.
		req.Header.Set("X-Auth-Email", p.Email)
		req.Header.Set("X-Auth-Key", p.APIKey)
	default:
		return cfResponse{}, fmt.Errorf("cloudflare: no credentials configured")
	}
	req.Header.Set("Content-Type", "application/json")

	resp, err := p.httpClient().Do(req)
	if err != nil {
		return cfResponse{}, err
	}
	defer resp.Body.Close()

	var respData cfResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 10<<20)).Decode(&respData); err != nil {
		return cfResponse{}, err
	}
	if resp.StatusCode >= 400 || !respData.Success {
		return respData, fmt.Errorf("got error status: HTTP %d: %+v", resp.StatusCode, respData.Errors)
	}
	if result != nil && len(respData.Result) > 0 {
		return respData, json.Unmarshal(respData.Result, result)
	}
	return respData, nil
}

type cfZone struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

type cfDNSRecord struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Proxied bool   `json:"proxied,omitempty"`
}

func (r cfDNSRecord) libdnsRecord(zone string) libdns.Record {
	return libdns.Record{
		ID:    r.ID,
		Type:  r.Type,
		Name:  libdns.RelativeName(r.Name, zone),
		Value: r.Content,
		TTL:   time.Duration(r.TTL) * time.Second,
	}
}

type cfResponse struct {
	Result  json.RawMessage `json:"result,omitempty"`
	Success bool            `json:"success"`
	Errors  []struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"errors,omitempty"`
}
