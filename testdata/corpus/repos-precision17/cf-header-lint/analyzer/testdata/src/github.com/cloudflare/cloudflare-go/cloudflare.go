// Package cloudflare is a minimal stub of github.com/cloudflare/cloudflare-go
// so the analysistest packages type-check without network access. Only the
// constructors the analyzer matches on are provided.
package cloudflare

import "errors"

// API mirrors the real client's exported credential fields.
type API struct {
	APIKey    string
	APIEmail  string
	APIToken  string
	BaseURL   string
	UserAgent string
}

// New mirrors cloudflare.New(key, email, opts...) (Global API Key auth).
func New(key, email string, opts ...Option) (*API, error) {
	if key == "" || email == "" {
		return nil, errors.New("invalid credentials: key & email must not be empty")
	}
	return &API{APIKey: key, APIEmail: email, BaseURL: "https://api.cloudflare.com/client/v4"}, nil
}

// NewWithAPIToken mirrors cloudflare.NewWithAPIToken(token, opts...).
func NewWithAPIToken(token string, opts ...Option) (*API, error) {
	if token == "" {
		return nil, errors.New("invalid credentials: API Token must not be empty")
	}
	return &API{APIToken: token, BaseURL: "https://api.cloudflare.com/client/v4"}, nil
}

// Option is a no-op in the stub.
type Option func(*API) error
