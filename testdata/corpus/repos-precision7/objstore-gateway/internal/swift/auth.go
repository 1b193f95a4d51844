// Package swift implements the OpenStack Swift backend of the gateway.
//
// Authentication uses the v1.0 (tempauth / swauth) handshake: the client
// sends X-Auth-User and X-Auth-Key to the auth endpoint and gets back an
// X-Auth-Token plus the X-Storage-Url to use for all later requests.
package swift

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Credentials for a Swift v1 auth endpoint, e.g.
// https://swift.dc1.example-shop.net/auth/v1.0
type Credentials struct {
	AuthURL string `yaml:"auth_url"`
	User    string `yaml:"user"` // "account:user"
	Key     string `yaml:"key"`
}

type Session struct {
	StorageURL string
	Token      string
	Expires    time.Time
}

type Authenticator struct {
	creds  Credentials
	client *http.Client

	mu   sync.Mutex
	sess *Session
}

func NewAuthenticator(c Credentials, hc *http.Client) *Authenticator {
	if hc == nil {
		hc = &http.Client{Timeout: 15 * time.Second}
	}
	return &Authenticator{creds: c, client: hc}
}

var ErrUnauthorized = errors.New("swift: auth rejected")

// Session returns a cached session or performs the v1.0 handshake.
func (a *Authenticator) Session(ctx context.Context) (*Session, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.sess != nil && time.Until(a.sess.Expires) > time.Minute {
		return a.sess, nil
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.creds.AuthURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-User", a.creds.User)
	req.Header.Set("X-Auth-Key", a.creds.Key)

	resp, err := a.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("swift auth: %w", err)
	}
	defer resp.Body.Close()

	switch resp.StatusCode {
	case http.StatusOK, http.StatusNoContent:
	case http.StatusUnauthorized, http.StatusForbidden:
		return nil, ErrUnauthorized
	default:
		return nil, fmt.Errorf("swift auth: unexpected status %s", resp.Status)
	}

	s := &Session{
		StorageURL: resp.Header.Get("X-Storage-Url"),
		Token:      resp.Header.Get("X-Auth-Token"),
		Expires:    time.Now().Add(23 * time.Hour),
	}
	if s.StorageURL == "" || s.Token == "" {
		return nil, errors.New("swift auth: missing X-Storage-Url or X-Auth-Token")
	}
	a.sess = s
	return s, nil
}
