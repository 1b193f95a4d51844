// Package redact masks credentials before requests are written to debug logs.
package redact

import (
	"net/http"
	"regexp"
	"strings"
)

// sensitiveHeaders are masked entirely when dumping requests.
var sensitiveHeaders = []string{
	"Authorization",
	"X-Auth-Key",
	"X-Auth-Email",
	"X-Auth-User-Service-Key",
	"Cf-Access-Client-Secret",
	"Cookie",
}

const mask = "[REDACTED]"

// bearerRE catches tokens that end up in free-form strings (error messages).
var bearerRE = regexp.MustCompile(`(?i)(bearer\s+)[A-Za-z0-9_\-\.]{8,}`)

// Headers returns a copy of h with sensitive values replaced by a mask.
func Headers(h http.Header) http.Header {
	out := h.Clone()
	for _, name := range sensitiveHeaders {
		if _, ok := out[http.CanonicalHeaderKey(name)]; ok {
			out.Set(name, mask)
		}
	}
	return out
}

// String masks bearer tokens and header lines in s.
func String(s string) string {
	s = bearerRE.ReplaceAllString(s, "${1}"+mask)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		for _, name := range sensitiveHeaders {
			prefix := name + ":"
			if len(l) >= len(prefix) && strings.EqualFold(l[:len(prefix)], prefix) {
				lines[i] = l[:len(prefix)] + " " + mask
			}
		}
	}
	return strings.Join(lines, "\n")
}
