// Package nas uploads zone exports to the Synology DiskStation in the office.
package nas

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"time"
)

// DefaultURL is the DSM web API. Port 5000 is plain HTTP, 5001 HTTPS with
// the DSM default self-signed certificate.
const DefaultURL = "http://diskstation.local:5000/webapi"

// Client talks to the DSM File Station API.
type Client struct {
	base *url.URL
	hc   *http.Client
	sid  string
}

// New returns a client for base (DefaultURL when empty).
func New(base string) (*Client, error) {
	if base == "" {
		base = DefaultURL
	}
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	hc := &http.Client{Timeout: 60 * time.Second}
	if u.Scheme == "https" {
		hc.Transport = &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // DSM self-signed cert
		}
	}
	return &Client{base: u, hc: hc}, nil
}

// Login authenticates with the account from SYNOLOGY_USER / SYNOLOGY_PASSWORD.
func (c *Client) Login(ctx context.Context) error {
	q := url.Values{
		"api":     {"SYNO.API.Auth"},
		"version": {"6"},
		"method":  {"login"},
		"account": {os.Getenv("SYNOLOGY_USER")},
		"passwd":  {os.Getenv("SYNOLOGY_PASSWORD")},
		"session": {"FileStation"},
		"format":  {"sid"},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base.JoinPath("auth.cgi").String()+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	var out struct {
		Success bool `json:"success"`
		Data    struct {
			SID string `json:"sid"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if !out.Success {
		return fmt.Errorf("dsm login failed")
	}
	c.sid = out.Data.SID
	return nil
}

// Upload stores data as dir/name on the NAS.
func (c *Client) Upload(ctx context.Context, dir, name string, data []byte) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("path", dir)
	_ = mw.WriteField("create_parents", "true")
	_ = mw.WriteField("overwrite", "true")
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		return err
	}
	if _, err := fw.Write(data); err != nil {
		return err
	}
	_ = mw.Close()

	u := c.base.JoinPath("entry.cgi").String() + "?api=SYNO.FileStation.Upload&version=2&method=upload&_sid=" + url.QueryEscape(c.sid)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("dsm upload: HTTP %d", resp.StatusCode)
	}
	return nil
}
