// Package testutil provides an in-process TLS mock of the Cloudflare API for
// unit tests. Nothing here talks to api.cloudflare.com.
package testutil

import (
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// Envelope is the standard v4 response wrapper.
type Envelope struct {
	Success  bool        `json:"success"`
	Errors   []any       `json:"errors"`
	Messages []any       `json:"messages"`
	Result   interface{} `json:"result"`
}

// MockAPI is an httptest TLS server bound to 127.0.0.1 with canned routes.
type MockAPI struct {
	Server *httptest.Server
	routes map[string]any
}

// NewMockAPI starts the mock and registers t.Cleanup to close it.
func NewMockAPI(t *testing.T) *MockAPI {
	t.Helper()
	m := &MockAPI{routes: map[string]any{}}
	m.Server = httptest.NewTLSServer(http.HandlerFunc(m.serve))
	t.Cleanup(m.Server.Close)
	return m
}

// Handle registers a canned result for METHOD /path.
func (m *MockAPI) Handle(method, path string, result any) {
	m.routes[method+" "+path] = result
}

// BaseURL is the mock's https://127.0.0.1:PORT/client/v4 URL.
func (m *MockAPI) BaseURL() string {
	return m.Server.URL + "/client/v4"
}

// HTTPClient returns a client for the mock. The httptest certificate is
// self-signed for 127.0.0.1, so verification is skipped; this client must only
// ever be pointed at m.Server.
func (m *MockAPI) HTTPClient() *http.Client {
	return &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // loopback mock only
		},
	}
}

func (m *MockAPI) serve(w http.ResponseWriter, r *http.Request) {
	key := r.Method + " " + strings.TrimPrefix(r.URL.Path, "/client/v4")
	res, ok := m.routes[key]
	w.Header().Set("Content-Type", "application/json")
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		_ = json.NewEncoder(w).Encode(Envelope{
			Success: false,
			Errors:  []any{map[string]any{"code": 7003, "message": "No route for that URI"}},
		})
		return
	}
	_ = json.NewEncoder(w).Encode(Envelope{Success: true, Errors: []any{}, Messages: []any{}, Result: res})
}
