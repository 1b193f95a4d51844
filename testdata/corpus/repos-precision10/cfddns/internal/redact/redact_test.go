package redact

import (
	"net/http"
	"strings"
	"testing"
)

// Fixture values are deliberately fake: a sequential hex string for the
// Global API Key shape and a run of "a" for the token shape.
const fakeGlobalKey = "0123456789abcdef0123456789abcdef01234"

var fakeToken = strings.Repeat("a", 40)

func TestHeadersMasksAuthKey(t *testing.T) {
	h := http.Header{}
	h.Set("X-Auth-Key", fakeGlobalKey)
	h.Set("Content-Type", "application/json")

	got := Headers(h)

	if v := got.Get("X-Auth-Key"); v != mask {
		t.Errorf("X-Auth-Key = %q, want %q", v, mask)
	}
	if v := got.Get("Content-Type"); v != "application/json" {
		t.Errorf("Content-Type changed: %q", v)
	}
	// original must be untouched
	if h.Get("X-Auth-Key") != fakeGlobalKey {
		t.Error("Headers modified its input")
	}
}

func TestHeadersMasksBearer(t *testing.T) {
	h := http.Header{"Authorization": {"Bearer " + fakeToken}}
	if v := Headers(h).Get("Authorization"); v != mask {
		t.Errorf("Authorization = %q", v)
	}
}

func TestStringMasksDump(t *testing.T) {
	dump := strings.Join([]string{
		"GET /client/v4/zones?name=example.com HTTP/1.1",
		"Host: api.cloudflare.com",
		"X-Auth-Key: " + fakeGlobalKey,
		"authorization: Bearer " + fakeToken,
		"",
	}, "\n")

	got := String(dump)
	if strings.Contains(got, fakeGlobalKey) || strings.Contains(got, fakeToken) {
		t.Fatalf("secret leaked through redaction:\n%s", got)
	}
	if !strings.Contains(got, "Host: api.cloudflare.com") {
		t.Fatalf("non-secret header was removed:\n%s", got)
	}
}

func TestStringMasksErrorMessage(t *testing.T) {
	msg := `request failed: header "Authorization: Bearer test-token-1234" rejected`
	if strings.Contains(String(msg), "test-token-1234") {
		t.Fatal("bearer token not masked in free text")
	}
}
