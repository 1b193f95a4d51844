package cfclient

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

func TestTokenHeader(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("Authorization = %q", got)
		}
		if r.Header.Get("X-Auth-Key") != "" {
			t.Error("token client must not send X-Auth-Key")
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"success":true,"errors":[],"messages":[],"result":{"id":"ed17574386854bf78a67040be0a770b0","status":"active"}}`))
	}))
	defer srv.Close()

	c := cloudflare.NewClient(
		option.WithAPIToken("test-token"),
		option.WithBaseURL(srv.URL+"/client/v4/"),
		option.WithHTTPClient(srv.Client()),
		option.WithMaxRetries(0),
	)
	if _, err := c.User.Tokens.Verify(context.Background()); err != nil {
		t.Fatal(err)
	}
}
