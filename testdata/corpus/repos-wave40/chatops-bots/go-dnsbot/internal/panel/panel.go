// Package panel talks to the AMP / Pterodactyl panel on the game LAN.
package panel

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

type Client struct {
	base string
	key  string
	http *http.Client
}

// New returns a client for the panel at base (e.g. https://10.0.20.5).
// The panel uses a self-signed certificate on the LAN, so verification is
// disabled here. Never point this client at anything on the internet.
func New(base, key string) *Client {
	return &Client{
		base: strings.TrimRight(base, "/"),
		key:  key,
		http: &http.Client{
			Timeout: 10 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // LAN panel only
			},
		},
	}
}

type serverList struct {
	Data []struct {
		Attributes struct {
			Name        string `json:"name"`
			Identifier  string `json:"identifier"`
			IsSuspended bool   `json:"is_suspended"`
		} `json:"attributes"`
	} `json:"data"`
}

// Status returns a one-line-per-server summary.
func (c *Client) Status() (string, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+"/api/client", nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var sl serverList
	if err := json.NewDecoder(resp.Body).Decode(&sl); err != nil {
		return "", err
	}
	var b strings.Builder
	for _, s := range sl.Data {
		state := "ok"
		if s.Attributes.IsSuspended {
			state = "suspended"
		}
		fmt.Fprintf(&b, "%s (%s): %s\n", s.Attributes.Name, s.Attributes.Identifier, state)
	}
	return b.String(), nil
}
