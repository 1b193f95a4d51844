package logging

import (
	"log/slog"
	"net/http"
	"regexp"
	"strings"
)

// redactedHeaders are dropped from request logs. The Cloudflare ones are here
// because operators tend to paste curl commands from the Cloudflare docs into
// our admin API (see internal/server/auth.go).
var redactedHeaders = map[string]struct{}{
	"authorization":           {},
	"x-auth-key":              {},
	"x-auth-email":            {},
	"x-auth-user-service-key": {},
	"cf-access-client-secret": {},
	"cf-access-jwt-assertion": {},
	"proxy-authorization":     {},
}

var secretPatterns = []*regexp.Regexp{
	regexp.MustCompile(`cf(ut|at|k|oat)_[A-Za-z0-9_-]+`),
	regexp.MustCompile(`(?i)(--token[ =])\S+`),
	regexp.MustCompile(`(?i)(TUNNEL_TOKEN=)\S+`),
	regexp.MustCompile(`(?i)("TunnelSecret"\s*:\s*")[^"]*`),
	regexp.MustCompile(`v1\.0-[0-9a-f]{24}-[0-9a-f]+`),
}

const mask = "REDACTED"

// Headers returns a slog group with sensitive header values masked.
func Headers(h http.Header) slog.Attr {
	attrs := make([]any, 0, len(h))
	for k, v := range h {
		if _, ok := redactedHeaders[strings.ToLower(k)]; ok {
			attrs = append(attrs, slog.String(k, mask))
			continue
		}
		attrs = append(attrs, slog.String(k, strings.Join(v, ",")))
	}
	return slog.Group("headers", attrs...)
}

// Scrub masks token-shaped substrings in free text (e.g. cloudflared argv).
func Scrub(s string) string {
	for _, re := range secretPatterns {
		if re.NumSubexp() > 0 && strings.Contains(re.String(), "(?i)(") {
			s = re.ReplaceAllString(s, "${1}"+mask)
			continue
		}
		s = re.ReplaceAllString(s, mask)
	}
	return s
}
