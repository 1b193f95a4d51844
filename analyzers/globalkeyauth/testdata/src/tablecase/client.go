// Package tablecase is a Cloudflare API client with a header option.
package tablecase

import "net/http"

const baseURL = "https://api.cloudflare.com/client/v4"

type Option func(*http.Request)

// WithHeader sets a header on every request.
func WithHeader(name, value string) Option {
	return func(r *http.Request) { r.Header.Set(name, value) }
}

var _ = baseURL
