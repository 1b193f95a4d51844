package cloudflare

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestNewRequiresToken(t *testing.T) {
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	if _, err := New("", ""); err == nil {
		t.Fatal("expected an error when CLOUDFLARE_API_TOKEN is empty")
	}
}

func TestListRecordsSendsBearerToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("Authorization = %q, want bearer test token", got)
		}
		// The provider must never fall back to Global API Key headers.
		if r.Header.Get("X-Auth-Key") != "" || r.Header.Get("X-Auth-Email") != "" {
			t.Error("legacy X-Auth-* headers must not be sent")
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true,
			"errors":  []any{},
			"result": []map[string]any{
				{"id": "rec1", "type": "A", "name": "www.northwind.example", "content": "192.0.2.10", "ttl": 300, "proxied": true},
			},
		})
	}))
	defer srv.Close()

	t.Setenv("CLOUDFLARE_API_TOKEN", "test-token")
	p, err := New("", srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := p.ListRecords(context.Background(), "zone123")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Content != "192.0.2.10" {
		t.Fatalf("unexpected records: %+v", recs)
	}
}

func TestAPIErrorIsSurfaced(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(`{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"result":null}`))
	}))
	defer srv.Close()

	t.Setenv("CLOUDFLARE_API_TOKEN", "test-token")
	p, _ := New("", srv.URL)
	if _, err := p.ListRecords(context.Background(), "zone123"); err == nil {
		t.Fatal("expected authentication error")
	}
}
