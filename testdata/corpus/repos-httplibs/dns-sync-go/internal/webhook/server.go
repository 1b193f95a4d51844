// Package webhook receives change notifications from the internal IPAM service.
// IPAM signs requests with a shared key in X-Auth-Key (legacy naming, nothing to
// do with Cloudflare).
package webhook

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"os"
)

type Event struct {
	Hostname string `json:"hostname"`
	Address  string `json:"address"`
}

func Handler(events chan<- Event) http.HandlerFunc {
	want := []byte(os.Getenv("IPAM_WEBHOOK_KEY"))
	return func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Auth-Key"))
		if len(want) == 0 || subtle.ConstantTimeCompare(got, want) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var ev Event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		events <- ev
		w.WriteHeader(http.StatusAccepted)
	}
}
