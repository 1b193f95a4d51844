// Package fallback is the break-glass path used when the gateway's scoped
// token has been revoked or has expired and a cache purge cannot wait for a
// new one to be issued. It is off unless both env vars are set.
package fallback

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

const apiBase = "https://api.cloudflare.com/client/v4"

// KeyClient calls the Cloudflare API with the account owner's Global API
// Key. Keep its use rare; every call is logged by the caller.
type KeyClient struct {
	base  string
	email string
	key   string
	hc    *http.Client
}

// FromEnv returns a KeyClient configured from CFGATE_BREAKGLASS_EMAIL and
// CFGATE_BREAKGLASS_KEY, or an error if either is missing.
func FromEnv() (*KeyClient, error) {
	email := os.Getenv("CFGATE_BREAKGLASS_EMAIL")
	key := os.Getenv("CFGATE_BREAKGLASS_KEY")
	if email == "" || key == "" {
		return nil, errors.New("fallback: break-glass credentials not configured")
	}
	return &KeyClient{base: apiBase, email: email, key: key, hc: &http.Client{Timeout: 30 * time.Second}}, nil
}

// PurgeEverything empties the cache of one zone.
func (c *KeyClient) PurgeEverything(ctx context.Context, zoneID string) error {
	body := strings.NewReader(`{"purge_everything":true}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/zones/"+zoneID+"/purge_cache", body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Auth-Email", c.email)
	req.Header.Set("X-Auth-Key", c.key)

	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("fallback: purge %s: %w", zoneID, err)
	}
	defer resp.Body.Close()
	var out struct {
		Success bool `json:"success"`
		Errors  []struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return fmt.Errorf("fallback: decode: %w", err)
	}
	if !out.Success {
		if len(out.Errors) > 0 {
			return fmt.Errorf("fallback: purge %s: %d %s", zoneID, out.Errors[0].Code, out.Errors[0].Message)
		}
		return fmt.Errorf("fallback: purge %s failed (%s)", zoneID, resp.Status)
	}
	return nil
}
