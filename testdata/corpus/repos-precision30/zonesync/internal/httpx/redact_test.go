package httpx

import (
	"net/http"
	"strings"
	"testing"
)

// Test values are built at run time so that no token-shaped literal lives
// in the repository (and secret scanners stay quiet on this file).
var (
	fakeToken = "cfut_" + strings.Repeat("T", 40)
	fakeKey   = strings.Repeat("0", 37)
)

func TestRedactSensitiveHeaders(t *testing.T) {
	h := http.Header{}
	h.Set("Authorization", "Bearer "+fakeToken)
	h.Set("X-Auth-Email", "ci@example.com")
	h.Set("X-Auth-Key", fakeKey)
	h.Set("cf-access-client-secret", "test-secret")
	h.Set("Accept", "application/json")

	got := Redact(h)

	if v := got.Get("Authorization"); v != "Bearer [redacted]" {
		t.Errorf("Authorization = %q", v)
	}
	if v := got.Get("X-Auth-Key"); v != "[redacted]" {
		t.Errorf("X-Auth-Key = %q", v)
	}
	if v := got.Get("Cf-Access-Client-Secret"); v != "[redacted]" {
		t.Errorf("Cf-Access-Client-Secret = %q", v)
	}
	// Email is an identifier, kept for debugging.
	if v := got.Get("X-Auth-Email"); v != "ci@example.com" {
		t.Errorf("X-Auth-Email = %q", v)
	}
	if v := got.Get("Accept"); v != "application/json" {
		t.Errorf("Accept = %q", v)
	}
	// The original must be untouched.
	if h.Get("Authorization") == got.Get("Authorization") {
		t.Error("Redact modified its input")
	}
}

func TestRedactString(t *testing.T) {
	in := "GET /zones?token=" + fakeToken + " failed"
	out := RedactString(in)
	if strings.Contains(out, fakeToken) {
		t.Fatalf("token not redacted: %s", out)
	}
	if !strings.Contains(out, "cfut_[redacted]") {
		t.Fatalf("prefix not kept: %s", out)
	}
}
