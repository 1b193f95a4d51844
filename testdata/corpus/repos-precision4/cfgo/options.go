package cfgo

import (
	"errors"
	"net/http"
	"time"
)

// ErrGlobalKeyUnsupported is returned by WithAPIKey. cfgo v2 dropped Global
// API Key (X-Auth-Key / X-Auth-Email) support; create a scoped API token.
var ErrGlobalKeyUnsupported = errors.New("cfgo: Global API Key auth (X-Auth-Key) is not supported since v2; use WithAPIToken")

type config struct {
	baseURL    string
	apiToken   string
	userAgent  string
	httpClient *http.Client
	headers    http.Header
	retries    int
	timeout    time.Duration
	err        error
}

// Option configures a Client.
type Option func(*config)

// WithAPIToken sets the API token (user "cfut_…" or account "cfat_…").
func WithAPIToken(token string) Option {
	return func(c *config) { c.apiToken = token }
}

// WithAPIKey is kept so v1 callers get a clear error instead of a compile
// failure.
//
// Deprecated: Global API Keys are not supported. Use WithAPIToken.
func WithAPIKey(key, email string) Option {
	return func(c *config) { c.err = ErrGlobalKeyUnsupported }
}

// WithBaseURL overrides https://api.cloudflare.com/client/v4.
func WithBaseURL(u string) Option {
	return func(c *config) { c.baseURL = u }
}

// WithHTTPClient lets callers supply their own transport (proxies, custom CAs).
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) { c.httpClient = hc }
}

// WithHeader adds a header to every request. Authorization cannot be set this way.
func WithHeader(key, value string) Option {
	return func(c *config) {
		if c.headers == nil {
			c.headers = http.Header{}
		}
		c.headers.Add(key, value)
	}
}

// WithRetries sets the retry budget for 429/5xx responses.
func WithRetries(n int) Option {
	return func(c *config) { c.retries = n }
}
