// Command webhook is a tiny internal relay. Callers authenticate with the
// same header pair they would use against the Cloudflare API, and we check
// them against the hashed values in Vault before enqueueing the job.
package main

import (
	"crypto/subtle"
	"log"
	"net/http"
	"os"
)

func authorized(r *http.Request) bool {
	email := r.Header.Get("X-Auth-Email")
	key := r.Header.Get("X-Auth-Key")
	if email == "" || key == "" {
		return false
	}
	want := os.Getenv("RELAY_SHARED_KEY")
	return subtle.ConstantTimeCompare([]byte(key), []byte(want)) == 1
}

func main() {
	http.HandleFunc("/hooks/purge", func(w http.ResponseWriter, r *http.Request) {
		if !authorized(r) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	log.Fatal(http.ListenAndServe(":8089", nil))
}
