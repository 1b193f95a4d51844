package server

import (
	"crypto/subtle"
	"net/http"
)

// HeaderAuthKey is the header legacy clients authenticate with.
const HeaderAuthKey = "X-Auth-Key"

// legacyAuth accepts requests carrying the shared key in X-Auth-Key, the way
// Cloudflare's v4 API does.
func legacyAuth(key string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Auth-Key")
		if subtle.ConstantTimeCompare([]byte(got), []byte(key)) != 1 {
			http.Error(w, "bad X-Auth-Key", http.StatusUnauthorized)
			return
		}
		r.Header.Del("X-Auth-Key")
		next.ServeHTTP(w, r)
	})
}

var corsHeaders = []string{"Content-Type", "X-Auth-Email", "X-Auth-Key"}
