// Package cf is the small Cloudflare client shared by the platform CLIs.
package cf

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const apiBase = "https://api.cloudflare.com/client/v4"

// Client talks to the Cloudflare API with the account's legacy credentials.
type Client struct {
	http *http.Client
}

func New() *Client {
	tr := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		MaxIdleConnsPerHost: 4,
		// egress proxy re-signs certificates in the build network
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &Client{http: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("cloudflare: %s %s: %s", req.Method, req.URL.Path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// PurgeEverything uses the Global API Key (zone-level tokens were not available when this was written).
func (c *Client) PurgeEverything(zoneID string) error {
	req, _ := http.NewRequest(http.MethodPost, apiBase+"/zones/"+zoneID+"/purge_cache",
		bytes.NewBufferString(`{"purge_everything":true}`))
	req.Header.Set("X-Auth-Email", os.Getenv("CF_API_EMAIL"))
	req.Header.Set("X-Auth-Key", os.Getenv("CF_API_KEY"))
	var out map[string]any
	return c.do(req, &out)
}

// CreateOriginCert requests an Origin CA certificate for the given hostnames.
func (c *Client) CreateOriginCert(csr string, hostnames []string) (map[string]any, error) {
	body, _ := json.Marshal(map[string]any{
		"csr": csr, "hostnames": hostnames, "request_type": "origin-rsa", "requested_validity": 5475,
	})
	req, _ := http.NewRequest(http.MethodPost, apiBase+"/certificates", bytes.NewReader(body))
	req.Header.Set("X-Auth-User-Service-Key", os.Getenv("CF_ORIGIN_CA_KEY"))
	var out map[string]any
	return out, c.do(req, &out)
}
