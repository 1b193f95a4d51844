package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaultHasNoToken(t *testing.T) {
	d := Default()
	if d.Cloudflare.APIToken != "" {
		t.Fatalf("default api_token should be empty, got %q", d.Cloudflare.APIToken)
	}
	if d.TTL != 1 {
		t.Fatalf("default ttl = %d, want 1", d.TTL)
	}
}

func TestLoadToken(t *testing.T) {
	p := writeFile(t, "cloudflare:\n  api_token: test-token\nzone: example.com\nrecord: home.example.com\n")
	cfg, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Cloudflare.APIToken; got != "test-token" {
		t.Fatalf("api_token = %q", got)
	}
}

func TestRejectsGlobalKey(t *testing.T) {
	// The value is the well-known sequential example string, not a key.
	p := writeFile(t, "cloudflare:\n  api_key: 0123456789abcdef0123456789abcdef01234\n")
	_, err := Load(p)
	if err == nil || !strings.Contains(err.Error(), "Global API Key") {
		t.Fatalf("expected Global API Key error, got %v", err)
	}
}

func TestTokenFile(t *testing.T) {
	dir := t.TempDir()
	tokenPath := filepath.Join(dir, "token")
	fake := strings.Repeat("a", 40)
	if err := os.WriteFile(tokenPath, []byte(fake+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cf := Cloudflare{APITokenFile: tokenPath}
	got, err := cf.ResolveToken()
	if err != nil {
		t.Fatal(err)
	}
	if got != fake {
		t.Fatalf("token = %q, want %q", got, fake)
	}
}

func TestBothTokenAndFile(t *testing.T) {
	c := Default()
	c.Cloudflare.APIToken = "dummy"
	c.Cloudflare.APITokenFile = "/run/secrets/cf_token"
	if err := c.Validate(); err == nil {
		t.Fatal("expected error when both api_token and api_token_file are set")
	}
}

func TestMissingToken(t *testing.T) {
	_, err := Cloudflare{}.ResolveToken()
	if err == nil {
		t.Fatal("expected error for empty credentials")
	}
}
