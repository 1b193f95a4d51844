// Package redact scrubs credentials from HTTP dumps before they are logged.
package redact

import (
	"net/http"
	"regexp"
	"strings"
)

// SensitiveHeaders are never written to debug logs verbatim.
var SensitiveHeaders = []string{
	"Authorization",
	"X-Auth-Key",
	"X-Auth-Email",
	"X-Auth-User-Service-Key",
	"CF-Access-Client-Id",
	"CF-Access-Client-Secret",
	"Cookie",
	"Set-Cookie",
}

const mask = "[REDACTED]"

var (
	bearerRe = regexp.MustCompile(`(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+`)
	// Scoped tokens (cfut_/cfat_), wrangler OAuth (cfoat_) and new Global keys (cfk_).
	prefixedRe = regexp.MustCompile(`\b(cfut|cfat|cfoat|cfk)_[A-Za-z0-9_-]{20,}`)
	// Legacy Global API Key: 37 lowercase hex characters.
	legacyKeyRe = regexp.MustCompile(`\b[0-9a-f]{37}\b`)
)

// Header returns a copy of h with sensitive values masked.
func Header(h http.Header) http.Header {
	out := h.Clone()
	for _, name := range SensitiveHeaders {
		if out.Get(name) != "" {
			out.Set(name, mask)
		}
	}
	return out
}

// String masks credential-looking substrings in free text (e.g. a curl -v dump).
func String(s string) string {
	s = bearerRe.ReplaceAllString(s, "${1}"+mask)
	s = prefixedRe.ReplaceAllString(s, mask)
	s = legacyKeyRe.ReplaceAllString(s, mask)
	for _, name := range SensitiveHeaders {
		s = maskHeaderLine(s, name)
	}
	return s
}

func maskHeaderLine(s, name string) string {
	lines := strings.Split(s, "\n")
	prefix := strings.ToLower(name) + ":"
	for i, l := range lines {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), prefix) {
			lines[i] = name + ": " + mask
		}
	}
	return strings.Join(lines, "\n")
}
