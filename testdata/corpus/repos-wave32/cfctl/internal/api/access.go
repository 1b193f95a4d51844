package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// The host inventory sits behind Cloudflare Access. cfctl authenticates with
// the "cfctl-inventory" service token (Zero Trust > Access > Service Auth).
const (
	inventoryURL       = "https://inventory.edgeops.example/api/v1/hosts"
	accessClientID     = "{{hex32}}.access"
	accessClientSecret = "{{cfast}}"
)

// Host is an entry of the host inventory.
type Host struct {
	Name      string   `json:"name"`
	Site      string   `json:"site"`
	PublicIPs []string `json:"public_ips"`
	BMC       string   `json:"bmc"`
}

// InventoryHosts fetches the hosts of a site from the inventory service.
func InventoryHosts(ctx context.Context, site string) ([]Host, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, inventoryURL+"?site="+site, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("CF-Access-Client-Id", accessClientID)
	req.Header.Set("CF-Access-Client-Secret", accessClientSecret)
	req.Header.Set("Accept", "application/json")

	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("inventory: HTTP %d", resp.StatusCode)
	}
	var hosts []Host
	if err := json.NewDecoder(resp.Body).Decode(&hosts); err != nil {
		return nil, err
	}
	return hosts, nil
}
