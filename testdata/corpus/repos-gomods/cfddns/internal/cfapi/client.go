package cfapi

import (
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// Client wraps the upstream SDK with the handful of calls cfddns needs.
type Client struct {
	api *cloudflare.API
	hc  *http.Client
}

func httpClient() *http.Client {
	return &http.Client{Timeout: 20 * time.Second}
}

// NewTokenClient authenticates with a scoped API token (preferred).
func NewTokenClient(token string) (*Client, error) {
	hc := httpClient()
	api, err := cloudflare.NewWithAPIToken(token,
		cloudflare.BaseURL(defaultBaseURL),
		cloudflare.HTTPClient(hc),
	)
	if err != nil {
		return nil, err
	}
	return &Client{api: api, hc: hc}, nil
}

// NewKeyClient authenticates with the account's Global API key. Kept for
// installs that predate API tokens.
func NewKeyClient(key, email string) (*Client, error) {
	hc := httpClient()
	api, err := cloudflare.New(key, email, cloudflare.BaseURL(defaultBaseURL), cloudflare.HTTPClient(hc))
	if err != nil {
		return nil, err
	}
	return &Client{api: api, hc: hc}, nil
}
