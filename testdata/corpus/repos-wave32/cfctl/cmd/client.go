package cmd

import (
	"crypto/tls"
	"errors"
	"net/http"
	"time"

	"github.com/cloudflare/cloudflare-go"
	"github.com/spf13/viper"
)

// newAPI returns a cloudflare-go (v0) client configured from flags, env and
// the config file. Still used by purge, origin-cert and the firewall sync.
func newAPI() (*cloudflare.API, error) {
	opts := []cloudflare.Option{
		cloudflare.HTTPClient(newHTTPClient()),
		cloudflare.UserAgent("cfctl/" + version),
	}

	if tok := viper.GetString("api-token"); tok != "" {
		return cloudflare.NewWithAPIToken(tok, opts...)
	}

	key, email := viper.GetString("api-key"), viper.GetString("api-email")
	if key == "" || email == "" {
		return nil, errors.New("set --api-token (recommended) or both --api-key and --api-email")
	}
	return cloudflare.New(key, email, opts...)
}

// newHTTPClient is shared by the v0 and v6 SDK clients.
func newHTTPClient() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if viper.GetBool("insecure") {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // opt-in --insecure
	}
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}
