// Package zilore is another vendor's DNS API client (as go-acme/lego's
// providers/dns/zilore): its X-Auth-Key is not Cloudflare's Global API Key.
package zilore

import "net/http"

const defaultBaseURL = "https://api.zilore.com/dns/v1/"

const AccessKeyHeader = "X-Auth-Key"

type Client struct {
	accessKey  string
	BaseURL    string
	HTTPClient *http.Client
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set(AccessKeyHeader, c.accessKey)
	return c.HTTPClient.Do(req)
}

func (c *Client) list() {
	req, _ := http.NewRequest("GET", c.BaseURL+"domains", nil)
	req.Header.Set("X-Auth-Key", c.accessKey)
	_, _ = c.do(req)
}

// A package with no Cloudflare context sends a header of the same name.
func generic(req *http.Request, key string) {
	req.Header.Set("X-Auth-Key", key)
}

var _ = defaultBaseURL
