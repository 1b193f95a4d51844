package cfclient

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestLegacyHeadersRejected(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Key") != "" {
			t.Error("client sent X-Auth-Key")
		}
		w.Write([]byte(`{"success":true,"result":{"id":"{{hex32}}","status":"active"}}`))
	}))
	defer srv.Close()
	c := New(srv.URL, "test-token")
	if _, err := c.Verify(); err != nil {
		t.Fatal(err)
	}
}
