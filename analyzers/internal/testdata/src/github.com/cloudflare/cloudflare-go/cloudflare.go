// Package cloudflare is a stub of github.com/cloudflare/cloudflare-go v0
// (the API surface cfauthlint's analyzers match), for analysistest.
package cloudflare

import "net/http"

// API is the client.
type API struct {
	APIKey            string
	APIEmail          string
	APIUserServiceKey string
	APIToken          string
	BaseURL           string
	UserAgent         string
	headers           http.Header
	httpClient        *http.Client
	authType          int
}

// Option configures an API.
type Option func(*API) error

// Auth types.
const (
	AuthKeyEmail = 1 << iota
	AuthUserService
	AuthToken
)

// New authenticates with the Global API Key and email.
func New(key, email string, opts ...Option) (*API, error) {
	return &API{APIKey: key, APIEmail: email, authType: AuthKeyEmail}, nil
}

// NewWithAPIToken authenticates with an API token.
func NewWithAPIToken(token string, opts ...Option) (*API, error) {
	return &API{APIToken: token, authType: AuthToken}, nil
}

// NewWithUserServiceKey authenticates with a user service key.
func NewWithUserServiceKey(key string, opts ...Option) (*API, error) {
	return &API{APIUserServiceKey: key, authType: AuthUserService}, nil
}

// SetAuthType selects the auth headers.
func (api *API) SetAuthType(authType int) { api.authType = authType }

// BaseURL overrides the API base URL.
func BaseURL(baseURL string) Option {
	return func(api *API) error { api.BaseURL = baseURL; return nil }
}

// HTTPClient sets the HTTP client.
func HTTPClient(client *http.Client) Option {
	return func(api *API) error { api.httpClient = client; return nil }
}

// Headers sets extra headers.
func Headers(headers http.Header) Option {
	return func(api *API) error { api.headers = headers; return nil }
}
