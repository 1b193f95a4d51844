package cfgo

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// These tests run against httptest.NewTLSServer only; nothing here talks to
// api.cloudflare.com. The self-signed test cert is why verification is off.
func tryClient(t *testing.T, h http.HandlerFunc, opts ...Option) (*Client, *httptest.Server, error) {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	hc := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // httptest self-signed cert
	}}
	opts = append([]Option{WithBaseURL(srv.URL), WithHTTPClient(hc)}, opts...)
	c, err := New(opts...)
	return c, srv, err
}

func TestAuthTransport(t *testing.T) {
	tests := []struct {
		name       string
		opts       []Option
		wantAuth   string
		wantKeyHdr string
		wantErr    string
	}{
		{
			name:     "user token",
			opts:     []Option{WithAPIToken("cfut_test")},
			wantAuth: "Bearer cfut_test",
		},
		{
			name:     "account token",
			opts:     []Option{WithAPIToken("cfat_test")},
			wantAuth: "Bearer cfat_test",
		},
		{
			name:    "global key rejected",
			opts:    []Option{WithAPIKey(strings.Repeat("0", 37), "dev@example.com")},
			wantErr: "not supported since v2",
		},
		{
			name:    "reserved header via WithHeader",
			opts:    []Option{WithAPIToken("cfut_test"), WithHeader("X-Auth-Key", "deadbeefdeadbeefdeadbeefdeadbeefdeadb")},
			wantErr: `header "X-Auth-Key" is reserved`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gotAuth, gotKey string
			h := func(w http.ResponseWriter, r *http.Request) {
				gotAuth = r.Header.Get("Authorization")
				gotKey = r.Header.Get("X-Auth-Key")
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(`{"success":true,"result":{"id":"ed17574386854bf78a67040be0a770b0","status":"active"}}`))
			}
			c, _, err := tryClient(t, h, tt.opts...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if _, err := c.VerifyToken(t.Context()); err != nil {
				t.Fatal(err)
			}
			if gotAuth != tt.wantAuth {
				t.Errorf("Authorization = %q, want %q", gotAuth, tt.wantAuth)
			}
			if gotKey != tt.wantKeyHdr {
				t.Errorf("X-Auth-Key = %q, want empty", gotKey)
			}
		})
	}
}
