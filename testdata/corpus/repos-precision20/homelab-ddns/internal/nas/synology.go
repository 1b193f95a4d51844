// Package nas reads the WAN address that the Synology DSM box reports, which
// is more reliable than asking an external echo service when the router does
// carrier-grade NAT on IPv4.
package nas

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// DSM ships with a self-signed certificate for its LAN hostname and there is
// no sane way to replace it on the DS218. The box is only reachable on the
// home LAN.
const defaultDSM = "https://diskstation.lan:5001"

// Client talks to the DSM Web API.
type Client struct {
	base *url.URL
	hc   *http.Client
	sid  string
}

// New returns a DSM client. It never leaves the LAN, so it trusts the
// appliance's self-signed cert.
func New(base string) (*Client, error) {
	if base == "" {
		base = defaultDSM
	}
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	hc := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // DSM self-signed, LAN only
		},
	}
	return &Client{base: u, hc: hc}, nil
}

// Login obtains a session id with a read-only DSM account.
func (c *Client) Login(ctx context.Context, account, passwd string) error {
	q := url.Values{
		"api": {"SYNO.API.Auth"}, "version": {"6"}, "method": {"login"},
		"account": {account}, "passwd": {passwd}, "format": {"sid"},
	}
	var out struct {
		Success bool `json:"success"`
		Data    struct {
			SID string `json:"sid"`
		} `json:"data"`
	}
	if err := c.get(ctx, "/webapi/entry.cgi", q, &out); err != nil {
		return err
	}
	if !out.Success {
		return fmt.Errorf("nas: login failed for %s", account)
	}
	c.sid = out.Data.SID
	return nil
}

// ExternalIP asks DSM for the address its DDNS module detected.
func (c *Client) ExternalIP(ctx context.Context) (string, error) {
	q := url.Values{
		"api": {"SYNO.Core.DDNS.ExtIP"}, "version": {"2"}, "method": {"list"}, "_sid": {c.sid},
	}
	var out struct {
		Data []struct {
			IP string `json:"ip"`
		} `json:"data"`
	}
	if err := c.get(ctx, "/webapi/entry.cgi", q, &out); err != nil {
		return "", err
	}
	if len(out.Data) == 0 {
		return "", fmt.Errorf("nas: no external address reported")
	}
	return out.Data[0].IP, nil
}

func (c *Client) get(ctx context.Context, path string, q url.Values, v any) error {
	u := c.base.JoinPath(path)
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}
