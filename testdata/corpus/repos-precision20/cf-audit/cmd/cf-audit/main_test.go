package main

import (
	"context"
	"os"
	"testing"
)

func TestLoadTokenPrefersEnv(t *testing.T) {
	t.Setenv("VAULT_ADDR", "https://vault.ferrous.internal:8200")
	t.Setenv("CLOUDFLARE_API_TOKEN", "{{cfat}}")

	got, err := loadToken(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got != os.Getenv("CLOUDFLARE_API_TOKEN") {
		t.Fatalf("loadToken did not return the env token")
	}
}

func TestLoadTokenNeedsSomething(t *testing.T) {
	t.Setenv("CLOUDFLARE_API_TOKEN", "")
	t.Setenv("VAULT_ADDR", "")
	if _, err := loadToken(context.Background()); err == nil {
		t.Fatal("expected an error with no token source")
	}
}

func TestLoadTokenPlaceholderPassesThrough(t *testing.T) {
	// loadToken does not validate; client.New does. A placeholder is
	// returned as-is.
	t.Setenv("CLOUDFLARE_API_TOKEN", "your-token-here")
	got, err := loadToken(context.Background())
	if err != nil || got != "your-token-here" {
		t.Fatalf("got %q, %v", got, err)
	}
}
