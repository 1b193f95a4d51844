// Package redfish is a minimal DMTF Redfish client for iDRAC and iLO BMCs.
package redfish

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Client talks to one BMC. The *http.Client is injected: BMCs on the OOB
// network present factory self-signed certificates, so the caller decides
// how they are trusted.
type Client struct {
	base string
	user string
	pass string
	hc   *http.Client
}

// New returns a client for https://<host>/redfish/v1.
func New(host, user, pass string, hc *http.Client) *Client {
	return &Client{
		base: "https://" + strings.TrimSuffix(host, "/") + "/redfish/v1",
		user: user, pass: pass, hc: hc,
	}
}

// System is the subset of ComputerSystem rackctl reads.
type System struct {
	ID           string `json:"Id"`
	HostName     string `json:"HostName"`
	SerialNumber string `json:"SerialNumber"`
	PowerState   string `json:"PowerState"`
	Model        string `json:"Model"`
}

// Systems lists the ComputerSystem resources the BMC manages.
func (c *Client) Systems(ctx context.Context) ([]System, error) {
	var coll struct {
		Members []struct {
			ODataID string `json:"@odata.id"`
		} `json:"Members"`
	}
	if err := c.get(ctx, "/Systems", &coll); err != nil {
		return nil, err
	}
	out := make([]System, 0, len(coll.Members))
	for _, m := range coll.Members {
		var s System
		rel := strings.TrimPrefix(m.ODataID, "/redfish/v1")
		if err := c.get(ctx, rel, &s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (c *Client) get(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.user, c.pass)
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("redfish %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("redfish %s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
