// Package access validates Cloudflare Access application tokens.
//
// Cloudflare Access adds a signed JWT to every request it proxies to the
// origin, in the Cf-Access-Jwt-Assertion header (and the CF_Authorization
// cookie). The signing keys are published at
// https://<team>.cloudflareaccess.com/cdn-cgi/access/certs and the token's
// "aud" claim must equal the Application Audience (AUD) tag.
package access

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
)

const HeaderName = "Cf-Access-Jwt-Assertion"

type Config struct {
	TeamDomain string   // e.g. https://acme.cloudflareaccess.com
	AUD        []string // Application Audience tags, 64 hex chars each; not secret
	HTTPClient *http.Client
}

type Identity struct {
	Email      string `json:"email"`
	Subject    string `json:"sub"`
	Type       string `json:"type"` // "app" for users, "service-token" otherwise
	Country    string `json:"country"`
	CommonName string `json:"common_name"` // set for service tokens
}

type Verifier struct {
	cfg       Config
	verifiers []*oidc.IDTokenVerifier
}

func NewVerifier(ctx context.Context, cfg Config) (*Verifier, error) {
	if cfg.TeamDomain == "" || len(cfg.AUD) == 0 {
		return nil, errors.New("access: team domain and at least one AUD tag are required")
	}
	if cfg.HTTPClient != nil {
		ctx = oidc.ClientContext(ctx, cfg.HTTPClient)
	}
	certsURL := strings.TrimRight(cfg.TeamDomain, "/") + "/cdn-cgi/access/certs"
	keySet := oidc.NewRemoteKeySet(ctx, certsURL)

	v := &Verifier{cfg: cfg}
	for _, aud := range cfg.AUD {
		v.verifiers = append(v.verifiers, oidc.NewVerifier(cfg.TeamDomain, keySet, &oidc.Config{
			ClientID:             aud,
			SupportedSigningAlgs: []string{oidc.RS256},
		}))
	}
	return v, nil
}

// Verify checks the token from the request and returns the caller identity.
func (v *Verifier) Verify(r *http.Request) (*Identity, error) {
	raw := r.Header.Get(HeaderName)
	if raw == "" {
		if c, err := r.Cookie("CF_Authorization"); err == nil {
			raw = c.Value
		}
	}
	if raw == "" {
		return nil, errors.New("access: no Cf-Access-Jwt-Assertion header or CF_Authorization cookie")
	}

	var lastErr error
	for _, ver := range v.verifiers {
		tok, err := ver.Verify(r.Context(), raw)
		if err != nil {
			lastErr = err
			continue
		}
		var id Identity
		if err := tok.Claims(&id); err != nil {
			return nil, fmt.Errorf("access: decode claims: %w", err)
		}
		return &id, nil
	}
	return nil, fmt.Errorf("access: invalid token: %w", lastErr)
}

// Middleware rejects requests without a valid Access token.
func (v *Verifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := v.Verify(r)
		if err != nil {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r.WithContext(withIdentity(r.Context(), id)))
	})
}

type ctxKey struct{}

func withIdentity(ctx context.Context, id *Identity) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

func FromContext(ctx context.Context) (*Identity, bool) {
	id, ok := ctx.Value(ctxKey{}).(*Identity)
	return id, ok
}
