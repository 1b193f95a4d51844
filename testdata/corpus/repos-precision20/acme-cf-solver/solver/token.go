package solver

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/cloudflare/cloudflare-go"
)

var (
	// ErrEmptyToken means no token was configured at all.
	ErrEmptyToken = errors.New("solver: API token is empty")
	// ErrPlaceholderToken means the example value from the docs was left in.
	ErrPlaceholderToken = errors.New("solver: API token is a placeholder")
	// ErrGlobalKeyAsToken means a 37-character Global API Key was put where
	// a token belongs.
	ErrGlobalKeyAsToken = errors.New("solver: value looks like a Global API Key, not an API token")
	// ErrMalformedToken covers everything else.
	ErrMalformedToken = errors.New("solver: API token has an unexpected format")
)

var (
	prefixedToken = regexp.MustCompile(`^cf(ut|at)_[A-Za-z0-9_-]{40,}$`)
	legacyToken   = regexp.MustCompile(`^[A-Za-z0-9_-]{40}$`)
	globalKey     = regexp.MustCompile(`^[0-9a-f]{37}$`)
)

var placeholders = []string{
	"your-token-here", "your-api-token", "changeme", "xxxx", "<token>", "${",
}

// ValidateTokenFormat does an offline sanity check on a Cloudflare API token
// before the first API call, so a misconfigured Secret fails fast with a
// useful message instead of a 400 from the API.
func ValidateTokenFormat(tok string) error {
	tok = strings.TrimSpace(tok)
	if tok == "" {
		return ErrEmptyToken
	}
	lower := strings.ToLower(tok)
	for _, p := range placeholders {
		if strings.Contains(lower, p) {
			return ErrPlaceholderToken
		}
	}
	switch {
	case globalKey.MatchString(tok):
		return ErrGlobalKeyAsToken
	case prefixedToken.MatchString(tok), legacyToken.MatchString(tok):
		return nil
	default:
		return ErrMalformedToken
	}
}

// Redact keeps the prefix and the last four characters, e.g. "cfut_****9f2c".
func Redact(tok string) string {
	if len(tok) < 8 {
		return "****"
	}
	prefix := ""
	if i := strings.IndexByte(tok, '_'); i > 0 && i <= 5 {
		prefix = tok[:i+1]
	}
	return prefix + "****" + tok[len(tok)-4:]
}

// VerifyToken asks the API whether the token is active.
func VerifyToken(ctx context.Context, api *cloudflare.API) error {
	res, err := api.VerifyAPIToken(ctx)
	if err != nil {
		return fmt.Errorf("solver: verify token: %w", err)
	}
	if res.Status != "active" {
		return fmt.Errorf("solver: token %s status %q", res.ID, res.Status)
	}
	return nil
}
