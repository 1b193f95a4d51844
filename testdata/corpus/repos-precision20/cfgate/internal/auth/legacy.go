// Package auth contains inbound request checks for the gateway.
package auth

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/http"
)

// Inbound header names of the legacy Cloudflare auth scheme. Some old
// services still send them; we want to find those services, not forward
// their keys.
const (
	legacyKeyHeader   = "X-Auth-Key"
	legacyEmailHeader = "X-Auth-Email"
)

// RejectLegacyKeys refuses any inbound request that carries a Global API
// Key. It logs a short fingerprint of the key (never the key) and the
// caller so the owning team can be told to rotate it.
func RejectLegacyKeys(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get(legacyKeyHeader)
		if key == "" {
			next.ServeHTTP(w, r)
			return
		}
		sum := sha256.Sum256([]byte(key))
		log.Warn("inbound Global API Key rejected",
			"caller", r.Header.Get("X-Cfgate-Caller"),
			"email", r.Header.Get(legacyEmailHeader),
			"key_sha256_prefix", hex.EncodeToString(sum[:4]),
			"remote", r.RemoteAddr,
		)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(`{"success":false,"errors":[{"code":4001,"message":"X-Auth-Key is not accepted; drop it and let cfgate authenticate"}]}`))
	})
}

// HasLegacyCredentials reports whether r carries either legacy header.
func HasLegacyCredentials(r *http.Request) bool {
	return r.Header.Get(legacyKeyHeader) != "" || r.Header.Get(legacyEmailHeader) != ""
}
