// Package option is a stub of github.com/cloudflare/cloudflare-go/v4/option.
package option

import "net/http"

// RequestConfig is what options configure.
type RequestConfig struct {
	Headers    http.Header
	BaseURL    string
	HTTPClient *http.Client
}

// RequestOption configures a request.
type RequestOption = func(*RequestConfig) error

func header(k, v string) RequestOption {
	return func(c *RequestConfig) error { c.Headers.Set(k, v); return nil }
}

// WithAPIToken sends Authorization: Bearer.
func WithAPIToken(value string) RequestOption { return header("Authorization", "Bearer "+value) }

// WithAPIKey sends X-Auth-Key.
func WithAPIKey(value string) RequestOption { return header("X-Auth-Key", value) }

// WithAPIEmail sends X-Auth-Email.
func WithAPIEmail(value string) RequestOption { return header("X-Auth-Email", value) }

// WithUserServiceKey sends X-Auth-User-Service-Key.
func WithUserServiceKey(value string) RequestOption {
	return header("X-Auth-User-Service-Key", value)
}

// WithHeader sets a header.
func WithHeader(key, value string) RequestOption { return header(key, value) }

// WithHeaderAdd adds a header.
func WithHeaderAdd(key, value string) RequestOption { return header(key, value) }

// WithBaseURL overrides the base URL.
func WithBaseURL(base string) RequestOption {
	return func(c *RequestConfig) error { c.BaseURL = base; return nil }
}

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(client *http.Client) RequestOption {
	return func(c *RequestConfig) error { c.HTTPClient = client; return nil }
}
