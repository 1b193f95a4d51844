// Package proxmox is a minimal Proxmox VE API client used by the lab
// dashboard to show node load next to the Cloudflare traffic panels.
package proxmox

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type Client struct {
	BaseURL string // e.g. https://192.168.10.5:8006/api2/json
	TokenID string // user@realm!tokenname
	Secret  string
	hc      *http.Client
}

// New builds a client for a PVE node. PVE ships a self-signed certificate
// per node, so verification is disabled unless PVE_CA_FILE is set.
func New(baseURL string) *Client {
	tlsCfg := &tls.Config{InsecureSkipVerify: os.Getenv("PVE_CA_FILE") == ""}
	return &Client{
		BaseURL: baseURL,
		TokenID: os.Getenv("PVE_TOKEN_ID"),
		Secret:  os.Getenv("PVE_TOKEN_SECRET"),
		hc: &http.Client{
			Timeout:   10 * time.Second,
			Transport: &http.Transport{TLSClientConfig: tlsCfg},
		},
	}
}

type NodeStatus struct {
	CPU     float64  `json:"cpu"`
	LoadAvg []string `json:"loadavg"`
	Uptime  int64    `json:"uptime"`
	Memory  struct {
		Used  int64 `json:"used"`
		Total int64 `json:"total"`
	} `json:"memory"`
}

func (c *Client) NodeStatus(node string) (*NodeStatus, error) {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/nodes/%s/status", c.BaseURL, node), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", fmt.Sprintf("PVEAPIToken=%s=%s", c.TokenID, c.Secret))
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("proxmox: %s", resp.Status)
	}
	var out struct {
		Data NodeStatus `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out.Data, nil
}
