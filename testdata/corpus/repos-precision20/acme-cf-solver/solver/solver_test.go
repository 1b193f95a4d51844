package solver

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// fakeCloudflare is just enough of the v4 API for Present/CleanUp.
type fakeCloudflare struct {
	mu      sync.Mutex
	records map[string]string // id -> content
	authz   []string
}

func (f *fakeCloudflare) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.authz = append(f.authz, r.Header.Get("Authorization"))
	reply := func(result any) {
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true, "errors": []any{}, "messages": []any{}, "result": result,
			"result_info": map[string]any{"page": 1, "per_page": 100, "total_pages": 1, "count": 1, "total_count": 1},
		})
	}
	switch {
	case r.URL.Path == "/zones":
		zone := map[string]any{"id": "9a7806061c88ada191ed06f989cc3dac", "name": "example.org"}
		reply([]map[string]any{zone})
	case strings.HasSuffix(r.URL.Path, "/dns_records") && r.Method == http.MethodGet:
		out := []map[string]any{}
		for id, c := range f.records {
			out = append(out, map[string]any{"id": id, "type": "TXT", "content": c})
		}
		reply(out)
	case strings.HasSuffix(r.URL.Path, "/dns_records") && r.Method == http.MethodPost:
		var body struct{ Content string }
		_ = json.NewDecoder(r.Body).Decode(&body)
		f.records["rec1"] = body.Content
		reply(map[string]any{"id": "rec1"})
	case r.Method == http.MethodDelete:
		delete(f.records, r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:])
		reply(map[string]any{"id": "rec1"})
	default:
		http.NotFound(w, r)
	}
}

func TestPresentAndCleanUp(t *testing.T) {
	fake := &fakeCloudflare{records: map[string]string{}}
	srv := httptest.NewTLSServer(fake)
	defer srv.Close()

	s, err := New(Credentials{APIToken: strings.Repeat("T", 40)},
		slog.New(slog.NewTextHandler(io.Discard, nil)),
		WithHTTPClient(srv.Client()),
		WithBaseURL(srv.URL),
	)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.Present(ctx, "example.org.", "_acme-challenge.example.org.", "tok3n-digest"); err != nil {
		t.Fatal(err)
	}
	if err := s.CleanUp(ctx, "example.org.", "_acme-challenge.example.org.", "tok3n-digest"); err != nil {
		t.Fatal(err)
	}
	if len(fake.records) != 0 {
		t.Fatalf("records left behind: %v", fake.records)
	}
	for _, a := range fake.authz {
		if !strings.HasPrefix(a, "Bearer ") {
			t.Fatalf("request without bearer auth: %q", a)
		}
	}
}

func TestNewWithoutCredentials(t *testing.T) {
	_, err := New(Credentials{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != ErrNoCredentials {
		t.Fatalf("err = %v", err)
	}
}
