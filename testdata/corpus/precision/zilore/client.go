// Package internal is a Zilore API client: its X-Auth-Key is Zilore's, not
// Cloudflare's Global API Key.
package internal

import (
	"net/http"
	"net/url"
)

const defaultBaseURL = "https://api.zilore.com/dns/v1/"

const AccessKeyHeader = "X-Auth-Key"

type Client struct {
	accessKey  string
	BaseURL    *url.URL
	HTTPClient *http.Client
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set(AccessKeyHeader, c.accessKey)
	return c.HTTPClient.Do(req)
}
