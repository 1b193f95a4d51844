package cloudflare

import (
	"errors"
	"net/http"
	"net/url"
)

// Option configures a Client.
type Option func(*Client) error

// WithAPIToken authenticates with a scoped API token
// (Authorization: Bearer <token>). This is the recommended method.
func WithAPIToken(token string) Option {
	return func(c *Client) error {
		if token == "" {
			return errors.New("cloudflare: empty API token")
		}
		c.apiToken = token
		return nil
	}
}

// WithAPIKey authenticates with the legacy Global API Key and account email
// (X-Auth-Key / X-Auth-Email).
//
// Deprecated: the Global API Key cannot be scoped. Use WithAPIToken.
func WithAPIKey(key, email string) Option {
	return func(c *Client) error {
		if key == "" || email == "" {
			return errors.New("cloudflare: WithAPIKey needs both key and email")
		}
		c.apiKey, c.apiEmail = key, email
		return nil
	}
}

// WithUserServiceKey authenticates Origin CA requests with an Origin CA key
// (X-Auth-User-Service-Key). Only /certificates accepts it.
//
// Deprecated: Origin CA endpoints accept API tokens with the
// "Zone / SSL and Certificates / Edit" permission.
func WithUserServiceKey(key string) Option {
	return func(c *Client) error {
		c.userServiceKey = key
		return nil
	}
}

// WithBaseURL overrides DefaultBaseURL, e.g. for a Prism mock.
func WithBaseURL(raw string) Option {
	return func(c *Client) error {
		u, err := url.Parse(raw)
		if err != nil {
			return err
		}
		c.baseURL = u
		return nil
	}
}

// WithHTTPClient replaces the underlying *http.Client. The client's Transport
// is used as-is; TLS settings are the caller's responsibility.
func WithHTTPClient(h *http.Client) Option {
	return func(c *Client) error {
		if h == nil {
			return errors.New("cloudflare: nil http.Client")
		}
		c.http = h
		return nil
	}
}

// WithUserAgent appends a product token to the User-Agent header.
func WithUserAgent(ua string) Option {
	return func(c *Client) error {
		c.userAgent = ua + " " + c.userAgent
		return nil
	}
}
