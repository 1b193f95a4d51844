// Package httpx holds HTTP helpers shared by zonesync's providers.
package httpx

import (
	"net/http"
	"regexp"
	"strings"
)

// sensitiveHeaders are never written to logs in clear. Keys are canonical
// header names (http.CanonicalHeaderKey).
var sensitiveHeaders = map[string]bool{
	"Authorization":           true,
	"X-Auth-Key":              true, // Cloudflare Global API Key (legacy)
	"X-Auth-User-Service-Key": true, // Cloudflare Origin CA key
	"Cf-Access-Client-Secret": true, // Cloudflare Access service token
	"Cookie":                  true,
	"Set-Cookie":              true,
	"X-Api-Key":               true, // PowerDNS
}

// tokenish catches credentials that ended up in URLs or bodies.
var tokenish = regexp.MustCompile(`\b(cfut_|cfat_|cfk_|v1\.0-)[A-Za-z0-9_-]{8,}`)

const mask = "[redacted]"

// Redact returns a copy of h that is safe to log.
func Redact(h http.Header) http.Header {
	out := make(http.Header, len(h))
	for k, vs := range h {
		ck := http.CanonicalHeaderKey(k)
		if sensitiveHeaders[ck] {
			out[ck] = []string{maskValue(ck, vs)}
			continue
		}
		cp := make([]string, len(vs))
		for i, v := range vs {
			cp[i] = RedactString(v)
		}
		out[ck] = cp
	}
	return out
}

func maskValue(name string, vs []string) string {
	if name == "Authorization" && len(vs) > 0 {
		if scheme, _, ok := strings.Cut(vs[0], " "); ok {
			return scheme + " " + mask
		}
	}
	return mask
}

// RedactString masks token-shaped substrings in s, keeping the prefix so
// that log readers can tell what kind of credential leaked.
func RedactString(s string) string {
	return tokenish.ReplaceAllString(s, "${1}"+mask)
}
