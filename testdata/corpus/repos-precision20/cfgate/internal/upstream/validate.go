// Package upstream validates the configured Cloudflare API base URL.
package upstream

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Default is used when CFGATE_UPSTREAM is unset.
const Default = "https://api.cloudflare.com/client/v4"

var allowedHosts = map[string]bool{
	"api.cloudflare.com": true,
}

// ErrInsecure is returned for any non-https upstream.
var ErrInsecure = errors.New("upstream: scheme must be https")

// Validate parses raw and rejects anything that is not the Cloudflare API
// over TLS: other schemes, other hosts (including look-alike suffixes),
// embedded userinfo, and paths outside /client/v4.
func Validate(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("upstream: %w", err)
	}
	if u.Scheme != "https" {
		return nil, ErrInsecure
	}
	if u.User != nil {
		return nil, errors.New("upstream: credentials in URL are not allowed")
	}
	if !allowedHosts[strings.ToLower(u.Hostname())] {
		return nil, fmt.Errorf("upstream: host %q is not allowed", u.Hostname())
	}
	if p := u.Port(); p != "" && p != "443" {
		return nil, fmt.Errorf("upstream: port %s is not allowed", p)
	}
	if strings.TrimSuffix(u.Path, "/") != "/client/v4" {
		return nil, fmt.Errorf("upstream: path %q must be /client/v4", u.Path)
	}
	u.Path = "/client/v4"
	return u, nil
}
