package a

import "net/http"

// A client library's auth plumbing: each header only in the branch that
// tests the field the caller configured. Not findings; the caller's
// configuration is.
type apiClient struct {
	apiToken, apiKey, apiEmail, userServiceKey string
}

const cfBase = "https://api.cloudflare.com/client/v4"

func (c *apiClient) applyAuth(req *http.Request) {
	switch {
	case c.apiToken != "":
		req.Header.Set("Authorization", "Bearer "+c.apiToken)
	case c.apiKey != "":
		req.Header.Set("X-Auth-Email", c.apiEmail)
		req.Header.Set("X-Auth-Key", c.apiKey)
	case c.userServiceKey != "":
		req.Header.Set("X-Auth-User-Service-Key", c.userServiceKey)
	}
}

// The same field sent unconditionally is the client's choice of the Global key.
func (c *apiClient) alwaysKey(req *http.Request) {
	req.Header.Set("X-Auth-Key", c.apiKey) // want `CF201: request authenticates with the Global API Key`
}
