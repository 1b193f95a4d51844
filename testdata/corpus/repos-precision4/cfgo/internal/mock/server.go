// Package mock is an in-process fake of the handful of Cloudflare API
// endpoints the CLI's golden tests exercise.
package mock

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
)

// Token is the only credential the mock accepts. It has the shape of a user
// token so prefix checks in the CLI pass, but it is all zeros.
const Token = "cfut_0000000000000000000000000000000000000000"

const (
	ZoneID    = "00000000000000000000000000000000"
	AccountID = "11111111111111111111111111111111"
)

type envelope struct {
	Success  bool          `json:"success"`
	Errors   []apiError    `json:"errors"`
	Messages []interface{} `json:"messages"`
	Result   interface{}   `json:"result"`
}

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func write(w http.ResponseWriter, status int, e envelope) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("CF-RAY", "0000000000000000-MOCK")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(e)
}

// NewServer starts the fake API on a loopback port.
func NewServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/client/v4/", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Key") != "" || r.Header.Get("X-Auth-Email") != "" {
			write(w, http.StatusBadRequest, envelope{Errors: []apiError{{6003, "Global API Key headers are not accepted by the mock"}}})
			return
		}
		if strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") != Token {
			write(w, http.StatusForbidden, envelope{Errors: []apiError{{9109, "Invalid access token"}}})
			return
		}
		switch {
		case r.URL.Path == "/client/v4/user/tokens/verify":
			write(w, 200, envelope{Success: true, Result: map[string]string{"id": ZoneID, "status": "active"}})
		case strings.HasPrefix(r.URL.Path, "/client/v4/zones"):
			write(w, 200, envelope{Success: true, Result: []map[string]string{{"id": ZoneID, "name": "example.test", "account": AccountID}}})
		default:
			write(w, 404, envelope{Errors: []apiError{{7003, "Could not route to " + r.URL.Path}}})
		}
	})
	return httptest.NewServer(mux)
}
