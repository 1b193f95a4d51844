// Package server is a mock Cloudflare API: it reads the auth headers, and
// reading is not authenticating.
package server

import "net/http"

const keyHeader = "X-Auth-Key"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Auth-Key") == "" || r.Header.Get("X-Auth-Email") == "" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	_ = r.Header.Values(keyHeader)
	r.Header.Del("X-Auth-Key")
	redacted := []string{"X-Auth-Key", "X-Auth-Email"}
	_ = redacted
}
