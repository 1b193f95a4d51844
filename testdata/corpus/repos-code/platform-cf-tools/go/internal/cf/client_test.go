package cf

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestDoAgainstStubServer(t *testing.T) {
	t.Setenv("CF_API_EMAIL", "ci@example.com")
	t.Setenv("CF_API_KEY", "test-key")

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("X-Auth-Key"); got != "test-key" {
			t.Errorf("X-Auth-Key = %q, want test-key", got)
		}
		if got := r.Header.Get("X-Auth-Email"); got != "ci@example.com" {
			t.Errorf("X-Auth-Email = %q", got)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"success":true,"result":{"id":"abc"}}`))
	}))
	defer srv.Close()

	c := &Client{http: srv.Client()}
	req, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
	var out map[string]any
	if err := c.do(req, &out); err != nil {
		t.Fatal(err)
	}
}
