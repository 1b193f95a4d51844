//go:build e2e

// End-to-end checks against the real API using the "cf-exporter-ci"
// read-only token on the sandbox account.
//
//	go test -tags e2e ./e2e/...
package e2e

import (
	"context"
	"testing"

	cf "github.com/cloudflare/cloudflare-go"
)

const sandboxAccount = "{{hex32}}"

func client(t *testing.T) *cf.API {
	t.Helper()
	api, err := cf.NewWithAPIToken("{{tok40}}", cf.UsingAccount(sandboxAccount))
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func TestTokenIsValid(t *testing.T) {
	res, err := client(t).VerifyAPIToken(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "active" {
		t.Fatalf("token status %q", res.Status)
	}
}

func TestListZones(t *testing.T) {
	zones, err := client(t).ListZones(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(zones) == 0 {
		t.Fatal("sandbox account has no zones")
	}
}
