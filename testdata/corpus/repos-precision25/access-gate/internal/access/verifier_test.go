package access

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A syntactically valid but unsigned-by-anyone Access JWT (header, claims, junk signature).
// Claims: aud=["test-aud"], email=alice@example.com, iss=https://acme.cloudflareaccess.com
const forgedJWT = "eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3Qta2V5LTEiLCJ0eXAiOiJKV1QifQ." +
	"eyJhdWQiOlsidGVzdC1hdWQiXSwiZW1haWwiOiJhbGljZUBleGFtcGxlLmNvbSIsImV4cCI6MTcwMDAwMzYwMCwiaWF0IjoxNzAwMDAwMDAwLCJpc3MiOiJodHRwczovL2FjbWUuY2xvdWRmbGFyZWFjY2Vzcy5jb20iLCJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEiLCJ0eXBlIjoiYXBwIn0." +
	"c2lnbmF0dXJlLW5vdC12YWxpZC1mb3ItYW55LWtleQ"

// Example AUD tag in the format the dashboard shows (64 hex). Not a secret.
const testAUD = "{{hex64}}"

func newFakeTeam(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/cdn-cgi/access/certs" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"keys":[],"public_cert":{"kid":"test-key-1","cert":""},"public_certs":[]}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestRejectsForgedToken(t *testing.T) {
	team := newFakeTeam(t)
	// The fake team domain is a local httptest server with a self-signed cert.
	client := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // httptest only
	}}

	v, err := NewVerifier(context.Background(), Config{
		TeamDomain: team.URL,
		AUD:        []string{testAUD},
		HTTPClient: client,
	})
	if err != nil {
		t.Fatal(err)
	}

	req := httptest.NewRequest(http.MethodGet, "https://app.internal.acme.dev/", nil)
	req.Header.Set(HeaderName, forgedJWT)
	if _, err := v.Verify(req); err == nil {
		t.Fatal("expected forged token to be rejected")
	}
}

func TestMissingHeader(t *testing.T) {
	v := &Verifier{cfg: Config{TeamDomain: "https://acme.cloudflareaccess.com", AUD: []string{testAUD}}}
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	_, err := v.Verify(req)
	if err == nil || !strings.Contains(err.Error(), "Cf-Access-Jwt-Assertion") {
		t.Fatalf("unexpected error: %v", err)
	}
}

func TestConfigValidation(t *testing.T) {
	if _, err := NewVerifier(context.Background(), Config{TeamDomain: "https://acme.cloudflareaccess.com"}); err == nil {
		t.Fatal("expected error without AUD")
	}
}
