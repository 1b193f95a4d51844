package client

import (
	"errors"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// NewWithGlobalKey returns a client that authenticates with the account's
// Global API Key and email. Only `cf-audit legacy-report` uses it, because
// it has to see memberships that the audit token is not scoped for.
//
// Deprecated: will be removed once legacy-report moves to an account token.
func NewWithGlobalKey(email, key string, opts ...option.RequestOption) (*cloudflare.Client, error) {
	if email == "" || key == "" {
		return nil, errors.New("client: email and Global API Key are both required")
	}
	return cloudflare.NewClient(append([]option.RequestOption{option.WithAPIKey(key), option.WithAPIEmail(email)}, opts...)...), nil
}
