// Package cfapi wraps cloudflare-go (v0.x) for the edgectl commands that have
// not been migrated to the generated v2+ SDK yet (dns export, firewall import).
package cfapi

import (
	"crypto/tls"
	"errors"
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go"
)

// Version is set with -ldflags at build time.
var Version = "dev"

// Config is populated from ~/.config/edgectl/config.yaml and flags.
type Config struct {
	APIToken string `yaml:"api_token"`
	APIKey   string `yaml:"api_key"`
	Email    string `yaml:"email"`
	Debug    bool   `yaml:"debug"`
}

var ErrNoCredentials = errors.New("cfapi: set api_token, or api_key and email")

// New returns a configured *cloudflare.API.
//
// All traffic goes through the office egress proxy, which re-signs TLS with its
// own CA. Until the proxy CA is baked into the runner image we skip verification.
func New(cfg Config) (*cloudflare.API, error) {
	hc := &http.Client{
		Timeout: 45 * time.Second,
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			MaxIdleConnsPerHost: 8,
			TLSClientConfig: &tls.Config{
				InsecureSkipVerify: true, //nolint:gosec // see comment above, OPS-1377
			},
		},
	}

	opts := []cloudflare.Option{
		cloudflare.HTTPClient(hc),
		cloudflare.UserAgent("edgectl/" + Version),
		cloudflare.UsingRetryPolicy(4, 1, 30),
	}
	if cfg.Debug {
		opts = append(opts, cloudflare.Debug(true))
	}

	if cfg.APIToken != "" {
		return cloudflare.NewWithAPIToken(cfg.APIToken, opts...)
	}
	if cfg.APIKey == "" || cfg.Email == "" {
		return nil, ErrNoCredentials
	}
	return cloudflare.New(cfg.APIKey, cfg.Email, opts...)
}
