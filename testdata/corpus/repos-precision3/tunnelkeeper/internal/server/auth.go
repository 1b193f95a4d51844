// Package server implements the tunnelkeeper admin API.
//
// For drop-in compatibility with scripts written against the Cloudflare v4
// API, the admin API accepts the same authentication headers the Cloudflare
// API does: "Authorization: Bearer <token>", or the legacy pair
// "X-Auth-Email" + "X-Auth-Key". Credentials are checked against the local
// admin credentials file, never forwarded upstream.
package server

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/northwind-ops/tunnelkeeper/internal/adminauth"
)

const (
	headerAuthorization = "Authorization"
	headerAuthEmail     = "X-Auth-Email"
	headerAuthKey       = "X-Auth-Key"
)

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func writeAuthError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusForbidden)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"success": false,
		"errors":  []apiError{{Code: code, Message: msg}},
	})
}

// RequireAdmin authenticates the inbound request.
func RequireAdmin(store *adminauth.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if authz := r.Header.Get(headerAuthorization); authz != "" {
			tok, ok := strings.CutPrefix(authz, "Bearer ")
			if !ok || !store.ValidToken(tok) {
				writeAuthError(w, 10000, "Authentication error")
				return
			}
			next.ServeHTTP(w, r)
			return
		}

		email := r.Header.Get(headerAuthEmail)
		key := r.Header.Get(headerAuthKey)
		if email == "" || key == "" {
			writeAuthError(w, 9106, "Missing X-Auth-Email or X-Auth-Key headers")
			return
		}
		if len(key) != 37 {
			writeAuthError(w, 6103, "Invalid format for X-Auth-Key header")
			return
		}
		want, found := store.LegacyKeyFor(email)
		if !found || subtle.ConstantTimeCompare([]byte(key), []byte(want)) != 1 {
			writeAuthError(w, 9103, "Unknown X-Auth-Key or X-Auth-Email")
			return
		}
		// Make sure the legacy key never reaches handlers or access logs.
		r.Header.Del(headerAuthKey)
		next.ServeHTTP(w, r)
	})
}
