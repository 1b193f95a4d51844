package cfgo

import (
	"fmt"
	"net/http"
	"strings"
)

const defaultBaseURL = "https://api.cloudflare.com/client/v4"

// forbiddenHeaders may not be injected through WithHeader: they carry
// credentials and are owned by the transport.
var forbiddenHeaders = map[string]bool{
	"authorization":           true,
	"x-auth-key":              true,
	"x-auth-email":            true,
	"x-auth-user-service-key": true,
}

type authTransport struct {
	base    http.RoundTripper
	token   string
	ua      string
	headers http.Header
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	for k, vs := range t.headers {
		if forbiddenHeaders[strings.ToLower(k)] {
			return nil, fmt.Errorf("cfgo: header %q is reserved for credentials", k)
		}
		for _, v := range vs {
			r.Header.Add(k, v)
		}
	}
	if t.token != "" {
		r.Header.Set("Authorization", "Bearer "+t.token)
	}
	r.Header.Set("User-Agent", t.ua)
	if r.Header.Get("Content-Type") == "" && r.Body != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	return t.base.RoundTrip(r)
}

func newTransport(c *config) http.RoundTripper {
	base := http.DefaultTransport
	if c.httpClient != nil && c.httpClient.Transport != nil {
		base = c.httpClient.Transport
	}
	return &authTransport{base: base, token: c.apiToken, ua: c.userAgent, headers: c.headers}
}
