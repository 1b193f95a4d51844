package dns

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cloudflare/cloudflare-go/v4/option"
)

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /client/v4/user/tokens/verify", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer test-token" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true, "errors": []any{}, "messages": []any{},
			"result": map[string]any{"id": "f267e341f3dd4697bd3b9f71dd96247f", "status": "active"},
		})
	})
	mux.HandleFunc("GET /client/v4/zones/{zone}/dns_records", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true, "errors": []any{}, "messages": []any{},
			"result": []map[string]any{
				{"id": "1", "name": "r12-u07.oob.example.net", "type": "A", "content": "10.20.7.7"},
			},
			"result_info": map[string]any{"page": 1, "per_page": 500, "count": 1, "total_count": 1},
		})
	})
	srv := httptest.NewTLSServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestPublisherAgainstFakeAPI(t *testing.T) {
	srv := newTestServer(t)

	// srv.Client() carries the test server's certificate in its root pool.
	p, err := NewPublisher("test-token", "699d98642c564d2e855e9661899b7252", srv.Client(),
		option.WithBaseURL(srv.URL+"/client/v4/"),
		option.WithMaxRetries(0),
	)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := p.Verify(ctx); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	recs, err := p.Records(ctx)
	if err != nil {
		t.Fatalf("Records: %v", err)
	}
	if recs["r12-u07.oob.example.net"] != "10.20.7.7" {
		t.Fatalf("unexpected records: %v", recs)
	}
}

func TestNewPublisherRequiresToken(t *testing.T) {
	if _, err := NewPublisher("", "699d98642c564d2e855e9661899b7252", nil); err == nil {
		t.Fatal("expected error")
	}
}

func TestDrift(t *testing.T) {
	want := map[string]string{"a.example.net": "10.0.0.1", "b.example.net": "10.0.0.2"}
	have := map[string]string{"a.example.net": "10.0.0.1", "b.example.net": "10.0.0.9"}
	if got := Drift(want, have); len(got) != 1 {
		t.Fatalf("Drift = %v", got)
	}
}
