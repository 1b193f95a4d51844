package cf

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fakeAPI answers the handful of endpoints the updater calls.
func fakeAPI(t *testing.T, wantAuth string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/user/tokens/verify", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != wantAuth {
			t.Errorf("Authorization = %q, want %q", got, wantAuth)
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true,
			"result":  map[string]any{"id": "ed17574386854bf78a67040be0a770b0", "status": "active"},
		})
	})
	mux.HandleFunc("/zones/", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/dns_records") {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success":     true,
			"result":      []any{},
			"result_info": map[string]any{"page": 1, "per_page": 100, "total_pages": 1},
		})
	})
	return httptest.NewTLSServer(mux)
}

func TestVerifyUsesBearerToken(t *testing.T) {
	srv := fakeAPI(t, "Bearer unit-test-token")
	defer srv.Close()

	// srv.Client() already trusts the test server's self-signed certificate,
	// so verification stays on.
	c, err := New("unit-test-token", "023e105f4ecef8ad9ca31a8372d0c353",
		WithHTTPClient(srv.Client()),
		WithBaseURL(srv.URL),
	)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(context.Background()); err != nil {
		t.Fatalf("Verify: %v", err)
	}
}

func TestNewRejectsEmptyToken(t *testing.T) {
	if _, err := New("", "023e105f4ecef8ad9ca31a8372d0c353"); err == nil {
		t.Fatal("expected error for empty token")
	}
}

func TestDefaultBaseURLIsHTTPS(t *testing.T) {
	if !strings.HasPrefix(DefaultBaseURL, "https://") {
		t.Fatalf("DefaultBaseURL must use TLS, got %s", DefaultBaseURL)
	}
}
