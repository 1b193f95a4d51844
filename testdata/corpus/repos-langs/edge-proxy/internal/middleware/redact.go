package middleware

import (
	"log/slog"
	"net/http"
)

// StripCloudflareAuth removes client-supplied Cloudflare credentials before
// the request is forwarded, and logs whether any were present.
func StripCloudflareAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Key") != "" || len(r.Header.Values("X-Auth-Email")) > 0 {
			slog.Warn("dropping cloudflare global-key headers", "remote", r.RemoteAddr)
		}
		r.Header.Del("X-Auth-Key")
		r.Header.Del("X-Auth-Email")
		next.ServeHTTP(w, r)
	})
}
