// Package inventory reads devices from NetBox.
package inventory

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Device is a NetBox dcim device with its OOB address.
type Device struct {
	Name   string `json:"name"`
	Serial string `json:"serial"`
	OOBIP  *struct {
		Address string `json:"address"`
	} `json:"oob_ip"`
}

// NetBox is a read-only NetBox API client.
type NetBox struct {
	base  string
	token string
	hc    *http.Client
}

// NewNetBox returns a client. token is a NetBox API token (not Cloudflare).
func NewNetBox(base, token string) *NetBox {
	return &NetBox{base: base, token: token, hc: &http.Client{Timeout: 15 * time.Second}}
}

// Devices returns active devices in a site.
func (n *NetBox) Devices(ctx context.Context, site string) ([]Device, error) {
	q := url.Values{"site": {site}, "status": {"active"}, "limit": {"500"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, n.base+"/dcim/devices/?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+n.token)
	req.Header.Set("Accept", "application/json")
	resp, err := n.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("netbox: %s", resp.Status)
	}
	var page struct {
		Results []Device `json:"results"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, err
	}
	return page.Results, nil
}
