// Package origin checks expiry of Cloudflare Origin CA certificates so we
// can alert before they lapse.
package origin

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

const certificatesURL = "https://api.cloudflare.com/client/v4/certificates"

// The origin CA endpoints want the user service key, not a token.
var authHeader = http.Header{
	"X-Auth-User-Service-Key": {"{{origin}}"},
	"Accept":                  {"application/json"},
}

type Cert struct {
	ID        string    `json:"id"`
	Hostnames []string  `json:"hostnames"`
	ExpiresOn time.Time `json:"expires_on"`
}

// Certs lists origin certificates for zoneID.
func Certs(ctx context.Context, zoneID string) ([]Cert, error) {
	u := certificatesURL + "?" + url.Values{"zone_id": {zoneID}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header = authHeader.Clone()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Result []Cert `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	return body.Result, nil
}
