package cfapi

import (
	"net/http"
	"os"
)

// Environment variables understood by FromEnv. They mirror the names used by
// wrangler, flarectl and the Terraform provider so that existing CI secrets
// can be reused unchanged.
const (
	EnvAPIToken       = "CLOUDFLARE_API_TOKEN"
	EnvAPIKey         = "CLOUDFLARE_API_KEY"
	EnvAPIEmail       = "CLOUDFLARE_EMAIL"
	EnvUserServiceKey = "CLOUDFLARE_API_USER_SERVICE_KEY"
	EnvBaseURL        = "CLOUDFLARE_API_BASE_URL"
)

// Option is a functional option for configuring the API client.
type Option func(*API) error

// HTTPClient accepts a custom *http.Client for making API calls.
func HTTPClient(client *http.Client) Option {
	return func(api *API) error {
		api.httpClient = client
		return nil
	}
}

// BaseURL overrides the API endpoint, e.g. for a local mock server.
func BaseURL(u string) Option {
	return func(api *API) error {
		api.BaseURL = u
		return nil
	}
}

// Headers adds extra headers to every request.
func Headers(h http.Header) Option {
	return func(api *API) error {
		for k, v := range h {
			api.headers[k] = v
		}
		return nil
	}
}

// FromEnv builds a client from the environment. A token always wins over
// the key/e-mail pair when both are present.
func FromEnv(opts ...Option) (*API, error) {
	if u := os.Getenv(EnvBaseURL); u != "" {
		opts = append(opts, BaseURL(u))
	}
	if tok := os.Getenv(EnvAPIToken); tok != "" {
		return NewWithAPIToken(tok, opts...)
	}
	if key, email := os.Getenv(EnvAPIKey), os.Getenv(EnvAPIEmail); key != "" && email != "" {
		return New(key, email, opts...)
	}
	if sk := os.Getenv(EnvUserServiceKey); sk != "" {
		return NewWithUserServiceKey(sk, opts...)
	}
	return nil, ErrMissingCredentials
}
