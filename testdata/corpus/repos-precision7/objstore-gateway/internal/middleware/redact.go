package middleware

import (
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// sensitiveHeaders are never written to the access log and are removed
// before the request is proxied to a storage backend. The list covers the
// Swift v1 auth headers and the Cloudflare API / Access headers that clients
// sometimes send by accident.
var sensitiveHeaders = []string{
	"Authorization",
	"Cookie",
	"X-Auth-Token",
	"X-Auth-Key",
	"X-Auth-Email",
	"X-Auth-User",
	"X-Auth-User-Service-Key",
	"CF-Access-Client-Id",
	"CF-Access-Client-Secret",
	"CF-Access-Jwt-Assertion",
	"X-Amz-Security-Token",
}

const redacted = "[REDACTED]"

func isSensitive(name string) bool {
	for _, h := range sensitiveHeaders {
		if strings.EqualFold(h, name) {
			return true
		}
	}
	return false
}

// RedactedHeaders returns a copy of h with sensitive values replaced.
func RedactedHeaders(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for k, v := range h {
		if isSensitive(k) {
			out[k] = redacted
			continue
		}
		out[k] = strings.Join(v, ",")
	}
	return out
}

// StripAndLog logs the request with redacted headers, then deletes the
// sensitive ones so no backend ever receives them.
func StripAndLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		log.Debug("request",
			"method", r.Method,
			"path", r.URL.Path,
			"cf_ray", r.Header.Get("Cf-Ray"),
			"headers", RedactedHeaders(r.Header),
		)
		for _, h := range sensitiveHeaders {
			if h == "Authorization" {
				continue // needed for S3 SigV4 passthrough
			}
			r.Header.Del(h)
		}
		next.ServeHTTP(w, r)
		log.Info("done", "path", r.URL.Path, "dur", time.Since(start))
	})
}
