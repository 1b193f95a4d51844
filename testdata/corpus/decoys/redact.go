package logging

import "net/http"

// redacted lists headers whose values never reach the logs.
var redacted = map[string]bool{
	"Authorization": true,
	"X-Auth-Key":    true,
	"X-Auth-Email":  true,
	"Cookie":        true,
}

// Scrub copies h with sensitive values replaced.
func Scrub(h http.Header) http.Header {
	out := h.Clone()
	for k := range out {
		if redacted[http.CanonicalHeaderKey(k)] {
			out.Set(k, "[REDACTED]")
		}
	}
	if v, ok := h["X-Auth-Key"]; ok && len(v) > 0 {
		out["X-Auth-Key"] = []string{"***"}
	}
	return out
}
