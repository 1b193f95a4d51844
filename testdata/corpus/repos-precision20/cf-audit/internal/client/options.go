// Package client builds the Cloudflare v4 SDK client used by cf-audit.
package client

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// DefaultBaseURL is the public API.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4/"

// Config collects what New needs. Zero values are filled with defaults.
type Config struct {
	token   string
	baseURL string
	hc      *http.Client
	extra   []option.RequestOption
}

// Option mutates a Config.
type Option func(*Config)

// WithToken sets the scoped API token.
func WithToken(tok string) Option { return func(c *Config) { c.token = tok } }

// WithBaseURL overrides the API root; it must pass ValidateBaseURL.
func WithBaseURL(u string) Option { return func(c *Config) { c.baseURL = u } }

// WithHTTPClient supplies the HTTP client, e.g. an httptest server's Client().
func WithHTTPClient(hc *http.Client) Option { return func(c *Config) { c.hc = hc } }

// ErrNoToken is returned when no token was configured.
var ErrNoToken = errors.New("client: Cloudflare API token is required")

// New returns a v4 client authenticated with a bearer token.
func New(opts ...Option) (*cloudflare.Client, error) {
	c := Config{baseURL: DefaultBaseURL, hc: &http.Client{Timeout: 30 * time.Second}}
	for _, o := range opts {
		o(&c)
	}
	if c.token == "" {
		return nil, ErrNoToken
	}
	if err := ValidateBaseURL(c.baseURL); err != nil {
		return nil, err
	}
	ro := []option.RequestOption{
		option.WithAPIToken(c.token),
		option.WithBaseURL(c.baseURL),
		option.WithHTTPClient(c.hc),
		option.WithMaxRetries(2),
	}
	return cloudflare.NewClient(append(ro, c.extra...)...), nil
}

// ValidateBaseURL requires https, except for loopback addresses so that a
// local fake (wrangler dev, httptest) can be used during development.
func ValidateBaseURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("client: base URL: %w", err)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if isLoopback(u.Hostname()) {
			return nil
		}
		return fmt.Errorf("client: refusing plaintext base URL %s", u.Redacted())
	default:
		return fmt.Errorf("client: unsupported scheme %q", u.Scheme)
	}
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
