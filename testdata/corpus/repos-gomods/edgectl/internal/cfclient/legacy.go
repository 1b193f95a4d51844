package cfclient

import (
	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// WithLegacyHeaders sets the key/email headers explicitly for the handful of
// endpoints that (historically) rejected tokens, e.g. some account-level
// billing calls.
func WithLegacyHeaders(key, email string) *cloudflare.Client {
	return cloudflare.NewClient(
		option.WithHeader("X-Auth-Key", key),
		option.WithHeader("X-Auth-Email", email),
		option.WithHTTPClient(httpClient),
	)
}
