package solver

import (
	"errors"
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// Credentials for the Cloudflare API. APIToken is preferred; the key/email
// pair only exists for issuers created before v0.5 and logs a warning.
type Credentials struct {
	APIToken string
	APIKey   string
	Email    string
}

type clientOpts struct {
	hc      *http.Client
	baseURL string
}

// ClientOption customises the Cloudflare client built by the solver.
type ClientOption func(*clientOpts)

// WithHTTPClient sets the HTTP client used for API calls.
func WithHTTPClient(hc *http.Client) ClientOption {
	return func(o *clientOpts) { o.hc = hc }
}

// WithBaseURL overrides the API base URL (tests only).
func WithBaseURL(u string) ClientOption {
	return func(o *clientOpts) { o.baseURL = u }
}

// ErrNoCredentials is returned when neither a token nor a key pair is set.
var ErrNoCredentials = errors.New("solver: no Cloudflare credentials configured")

func newAPI(creds Credentials, opts ...ClientOption) (*cloudflare.API, error) {
	o := clientOpts{hc: &http.Client{Timeout: 30 * time.Second}}
	for _, fn := range opts {
		fn(&o)
	}
	cfOpts := []cloudflare.Option{
		cloudflare.HTTPClient(o.hc),
		cloudflare.UserAgent("acme-cf-solver"),
		cloudflare.UsingRetryPolicy(5, 1, 30),
	}
	if o.baseURL != "" {
		cfOpts = append(cfOpts, cloudflare.BaseURL(o.baseURL))
	}

	switch {
	case creds.APIToken != "":
		if err := ValidateTokenFormat(creds.APIToken); err != nil {
			return nil, err
		}
		return cloudflare.NewWithAPIToken(creds.APIToken, cfOpts...)
	case creds.APIKey != "" && creds.Email != "":
		// Deprecated: Global API Key auth, kept for old issuers.
		return cloudflare.New(creds.APIKey, creds.Email, cfOpts...)
	default:
		return nil, ErrNoCredentials
	}
}
