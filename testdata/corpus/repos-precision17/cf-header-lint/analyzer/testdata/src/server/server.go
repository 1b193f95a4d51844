// Package server: handlers that *receive* the Cloudflare auth headers (our
// internal API gateway accepts the same header names for backwards
// compatibility). Reading a header is not sending a credential, so nothing
// here is reported.
package server

import (
	"crypto/subtle"
	"net/http"
	"os"
)

const upstream = "https://api.cloudflare.com/client/v4"

var gatewayKey = []byte(os.Getenv("GATEWAY_SHARED_KEY"))

// Authenticate checks the caller's shared key. The gateway then calls
// Cloudflare itself with its own scoped token.
func Authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		supplied := r.Header.Get("X-Auth-Key")
		if subtle.ConstantTimeCompare([]byte(supplied), gatewayKey) != 1 {
			http.Error(w, `{"success":false,"errors":[{"code":9103,"message":"Unknown X-Auth-Key or X-Auth-Email"}]}`, http.StatusForbidden)
			return
		}
		// never forward the caller's key upstream
		r.Header.Del("X-Auth-Key")
		r.Header.Del("X-Auth-Email")
		r.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
		next.ServeHTTP(w, r)
	})
}

// HasServiceKey is used for metrics only.
func HasServiceKey(r *http.Request) bool {
	return r.Header.Get("X-Auth-User-Service-Key") != ""
}

func UpstreamURL(path string) string { return upstream + path }
