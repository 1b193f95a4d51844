package cfapi

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRejectsMissingAuth(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get(HeaderAuthKey) != "test-key" || r.Header.Get(HeaderAuthEmail) != "test@example.com" {
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`))
			return
		}
		w.Write([]byte(`{"success":true,"errors":[],"result":{"id":"372e67954025e0ba6aaa6d586b9e0b59"}}`))
	}))
	defer srv.Close()

	c := &Client{
		hc: &http.Client{Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // self-signed httptest cert
		}},
		key:   "test-key",
		email: "test@example.com",
	}
	// A request without credentials must be rejected by the handler.
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL+"/user", nil)
	resp, err := c.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("status = %d, want 403", resp.StatusCode)
	}
}
