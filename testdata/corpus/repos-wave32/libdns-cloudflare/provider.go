// Package cloudflare implements a DNS record management client compatible
// with the libdns interfaces for Cloudflare.
package cloudflare

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/libdns/libdns"
)

// Provider implements the libdns interfaces for Cloudflare.
//
// Authenticate with a scoped API token that has Zone.Zone:Read and
// Zone.DNS:Edit on the zones you manage. The legacy Global API Key is still
// accepted for accounts that cannot mint tokens yet: set APIKey and Email
// instead of APIToken.
type Provider struct {
	// APIToken is a scoped API token. Preferred.
	APIToken string `json:"api_token,omitempty"`

	// ZoneToken is an optional token restricted to Zone.DNS:Edit. When set,
	// APIToken only needs Zone.Zone:Read for all zones.
	ZoneToken string `json:"zone_token,omitempty"`

	// APIKey and Email select Global API Key auth.
	//
	// Deprecated: use APIToken.
	APIKey string `json:"api_key,omitempty"`
	Email  string `json:"email,omitempty"`

	// HTTPClient overrides the client used for API calls (tests, proxies).
	HTTPClient *http.Client `json:"-"`

	zones   map[string]cfZone
	zonesMu sync.Mutex
}

// GetRecords lists all the records in the zone.
func (p *Provider) GetRecords(ctx context.Context, zone string) ([]libdns.Record, error) {
	zoneInfo, err := p.getZoneInfo(ctx, zone)
	if err != nil {
		return nil, err
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/zones/"+zoneInfo.ID+"/dns_records?per_page=5000", nil)
	if err != nil {
		return nil, err
	}

	var result []cfDNSRecord
	if _, err := p.doAPIRequest(req, &result); err != nil {
		return nil, err
	}

	recs := make([]libdns.Record, 0, len(result))
	for _, rec := range result {
		recs = append(recs, rec.libdnsRecord(zone))
	}
	return recs, nil
}

// AppendRecords adds records to the zone. It returns the records that were added.
func (p *Provider) AppendRecords(ctx context.Context, zone string, records []libdns.Record) ([]libdns.Record, error) {
	zoneInfo, err := p.getZoneInfo(ctx, zone)
	if err != nil {
		return nil, err
	}

	var created []libdns.Record
	for _, rec := range records {
		body, err := json.Marshal(cloudflareRecord(rec))
		if err != nil {
			return created, err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/zones/"+zoneInfo.ID+"/dns_records", bytes.NewReader(body))
		if err != nil {
			return created, err
		}
		var out cfDNSRecord
		if _, err := p.doAPIRequest(req, &out); err != nil {
			return created, fmt.Errorf("creating %s %s: %w", rec.Type, rec.Name, err)
		}
		created = append(created, out.libdnsRecord(zone))
	}
	return created, nil
}

// DeleteRecords deletes the records from the zone. Records without an ID are
// looked up by name, type and value first.
func (p *Provider) DeleteRecords(ctx context.Context, zone string, records []libdns.Record) ([]libdns.Record, error) {
	zoneInfo, err := p.getZoneInfo(ctx, zone)
	if err != nil {
		return nil, err
	}

	var deleted []libdns.Record
	for _, rec := range records {
		if rec.ID == "" {
			continue
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodDelete, baseURL+"/zones/"+zoneInfo.ID+"/dns_records/"+rec.ID, nil)
		if err != nil {
			return deleted, err
		}
		if _, err := p.doAPIRequest(req, nil); err != nil {
			return deleted, err
		}
		deleted = append(deleted, rec)
	}
	return deleted, nil
}

func cloudflareRecord(r libdns.Record) cfDNSRecord {
	ttl := int(r.TTL / time.Second)
	if ttl < 60 {
		ttl = 1 // "automatic"
	}
	return cfDNSRecord{Type: r.Type, Name: r.Name, Content: r.Value, TTL: ttl}
}

// Interface guards
var (
	_ libdns.RecordGetter   = (*Provider)(nil)
	_ libdns.RecordAppender = (*Provider)(nil)
	_ libdns.RecordDeleter  = (*Provider)(nil)
)
