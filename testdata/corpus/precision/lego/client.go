// Package internal is a Cloudflare API client (as lego's cloudflare provider).
package internal

import (
	"net/http"
	"net/url"
)

const defaultBaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	authEmail, authKey, authToken string
	baseURL                       *url.URL
	HTTPClient                    *http.Client
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	if c.authToken != "" {
		req.Header.Set("Authorization", "Bearer "+c.authToken)
	} else {
		req.Header.Set("X-Auth-Email", c.authEmail)
		req.Header.Set("X-Auth-Key", c.authKey)
	}
	return c.HTTPClient.Do(req)
}
