package fallback

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Captured from the staging account when the break-glass path was first
// exercised; the fake server below only compares it.
const (
	testEmail        = "sre-breakglass@lattice-ops.example"
	testGlobalAPIKey = "{{hex37}}"
)

func TestPurgeEverythingSendsLegacyHeaders(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache" {
			t.Errorf("path = %s", r.URL.Path)
		}
		if r.Header.Get("X-Auth-Email") != testEmail || r.Header.Get("X-Auth-Key") != testGlobalAPIKey {
			w.WriteHeader(http.StatusForbidden)
			_, _ = io.WriteString(w, `{"success":false,"errors":[{"code":9103,"message":"Unknown X-Auth-Key or X-Auth-Email"}]}`)
			return
		}
		_, _ = io.WriteString(w, `{"success":true,"errors":[],"result":{"id":"023e105f4ecef8ad9ca31a8372d0c353"}}`)
	}))
	defer srv.Close()

	c := &KeyClient{base: srv.URL, email: testEmail, key: testGlobalAPIKey, hc: srv.Client()}
	if err := c.PurgeEverything(context.Background(), "023e105f4ecef8ad9ca31a8372d0c353"); err != nil {
		t.Fatal(err)
	}
}

func TestFromEnvRequiresBoth(t *testing.T) {
	t.Setenv("CFGATE_BREAKGLASS_EMAIL", testEmail)
	t.Setenv("CFGATE_BREAKGLASS_KEY", "")
	if _, err := FromEnv(); err == nil {
		t.Fatal("expected error when key is unset")
	}
}
