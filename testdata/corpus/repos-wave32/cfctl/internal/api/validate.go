package api

import (
	"fmt"
	"net/url"
	"strings"
)

// allowedAPIHosts are the hosts a --base-url may point at.
var allowedAPIHosts = map[string]bool{
	"api.cloudflare.com": true,
}

// ValidateBaseURL rejects API base URLs that would send credentials in the
// clear or to a host other than the Cloudflare API.
func ValidateBaseURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("invalid base URL %q: %w", raw, err)
	}
	if u.Scheme != "https" {
		return fmt.Errorf("base URL %q must use https, got %q", raw, u.Scheme)
	}
	if !allowedAPIHosts[strings.ToLower(u.Hostname())] {
		return fmt.Errorf("base URL host %q is not a Cloudflare API host", u.Hostname())
	}
	if !strings.HasPrefix(u.Path, "/client/v4") {
		return fmt.Errorf("base URL path %q must start with /client/v4", u.Path)
	}
	return nil
}
