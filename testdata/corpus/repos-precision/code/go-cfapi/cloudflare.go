// Package cfapi is a small client for the Cloudflare v4 REST API.
package cfapi

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

const (
	// DefaultBaseURL is the production endpoint of the Cloudflare v4 API.
	DefaultBaseURL = "https://api.cloudflare.com/client/v4"
	userAgent      = "go-cfapi/0.9.2"
)

// authType selects which credential headers are attached to a request.
type authType int

const (
	authKeyEmail authType = iota + 1
	authUserService
	authToken
)

// API holds the configuration for the current API client. A client should
// not be modified concurrently.
type API struct {
	APIKey            string
	APIEmail          string
	APIUserServiceKey string
	APIToken          string
	BaseURL           string
	UserAgent         string
	httpClient        *http.Client
	authType          authType
	headers           http.Header
}

// New creates a client authenticated with the legacy Global API Key and the
// account e-mail. Prefer NewWithAPIToken for new code.
func New(key, email string, opts ...Option) (*API, error) {
	if key == "" || email == "" {
		return nil, ErrMissingCredentials
	}
	api, err := newClient(opts...)
	if err != nil {
		return nil, err
	}
	api.APIKey = key
	api.APIEmail = email
	api.authType = authKeyEmail
	return api, nil
}

// NewWithAPIToken creates a client authenticated with a scoped API token.
func NewWithAPIToken(token string, opts ...Option) (*API, error) {
	if token == "" {
		return nil, ErrMissingCredentials
	}
	api, err := newClient(opts...)
	if err != nil {
		return nil, err
	}
	api.APIToken = token
	api.authType = authToken
	return api, nil
}

// NewWithUserServiceKey creates a client for the Origin CA endpoints.
func NewWithUserServiceKey(key string, opts ...Option) (*API, error) {
	if key == "" {
		return nil, ErrMissingCredentials
	}
	api, err := newClient(opts...)
	if err != nil {
		return nil, err
	}
	api.APIUserServiceKey = key
	api.authType = authUserService
	return api, nil
}

func newClient(opts ...Option) (*API, error) {
	api := &API{
		BaseURL:    DefaultBaseURL,
		UserAgent:  userAgent,
		httpClient: &http.Client{Timeout: 30 * time.Second},
		headers:    make(http.Header),
	}
	for _, o := range opts {
		if err := o(api); err != nil {
			return nil, err
		}
	}
	return api, nil
}

// request builds and executes a request against the API. Credentials are
// attached here and nowhere else so that callers never handle headers.
func (api *API) request(ctx context.Context, method, uri string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(api.BaseURL, "/")+uri, body)
	if err != nil {
		return nil, fmt.Errorf("building request: %w", err)
	}
	for k, v := range api.headers {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", api.UserAgent)
	req.Header.Set("Content-Type", "application/json")

	switch api.authType {
	case authKeyEmail:
		req.Header.Set("X-Auth-Key", api.APIKey)
		req.Header.Set("X-Auth-Email", api.APIEmail)
	case authUserService:
		req.Header.Set("X-Auth-User-Service-Key", api.APIUserServiceKey)
	case authToken:
		req.Header.Set("Authorization", "Bearer "+api.APIToken)
	default:
		return nil, ErrMissingCredentials
	}

	return api.httpClient.Do(req)
}

// Response is the envelope every v4 endpoint returns.
type Response struct {
	Success  bool            `json:"success"`
	Errors   []ResponseInfo  `json:"errors"`
	Messages []ResponseInfo  `json:"messages"`
	Result   json.RawMessage `json:"result"`
	Info     *ResultInfo     `json:"result_info,omitempty"`
}

// ResponseInfo contains a code and message returned by the API.
type ResponseInfo struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// ResultInfo contains pagination metadata.
type ResultInfo struct {
	Page       int `json:"page"`
	PerPage    int `json:"per_page"`
	Count      int `json:"count"`
	TotalCount int `json:"total_count"`
}
