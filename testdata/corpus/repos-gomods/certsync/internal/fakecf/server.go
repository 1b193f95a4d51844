// Package fakecf is an in-process stand-in for the v4 API used by the
// integration suite. It only validates that callers send credentials.
package fakecf

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
)

const (
	hdrAuthKey   = "X-Auth-Key"
	hdrAuthEmail = "X-Auth-Email"
	hdrService   = "X-Auth-User-Service-Key"
)

type Server struct {
	*httptest.Server
	WantKey, WantEmail, WantServiceKey string
}

func New(wantKey, wantEmail, wantServiceKey string) *Server {
	s := &Server{WantKey: wantKey, WantEmail: wantEmail, WantServiceKey: wantServiceKey}
	mux := http.NewServeMux()
	mux.HandleFunc("/certificates", s.requireServiceKey(s.certificates))
	mux.HandleFunc("/zones/", s.requireKeyEmail(s.records))
	s.Server = httptest.NewTLSServer(mux)
	return s
}

func (s *Server) requireKeyEmail(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get(hdrAuthKey) != s.WantKey || r.Header.Get(hdrAuthEmail) != s.WantEmail {
			writeErr(w, http.StatusForbidden, 9103, "Unknown X-Auth-Key or X-Auth-Email")
			return
		}
		next(w, r)
	}
}

func (s *Server) requireServiceKey(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get(hdrService) != s.WantServiceKey {
			writeErr(w, http.StatusForbidden, 10001, "Unable to authenticate request")
			return
		}
		next(w, r)
	}
}

func (s *Server) certificates(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]any{"success": true, "result": map[string]any{
		"id": "328578533902268680212849205732770752308931942346", "certificate": "-----BEGIN CERTIFICATE-----\n...",
	}})
}

func (s *Server) records(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]any{"success": true, "result": map[string]any{"id": "372e67954025e0ba6aaa6d586b9e0b59"}})
}

func writeErr(w http.ResponseWriter, status, code int, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"success": false, "errors": []map[string]any{{"code": code, "message": msg}}})
}
