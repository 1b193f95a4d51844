//go:build integration

// Integration tests against the live API. Run with `go test -tags integration ./...`
// after exporting the legacy credentials that legacyCreds reads.
//
// The legacy-auth tests exist because a few customers still use WithAPIKey and
// we want to know when the API changes behaviour for it.
package cloudflare_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"testing"

	cloudflare "github.com/example-platform/cloudflare-go-lite"
)

func legacyCreds(t *testing.T) (key, email string) {
	t.Helper()
	key, email = os.Getenv("CLOUDFLARE_API_KEY"), os.Getenv("CLOUDFLARE_EMAIL")
	if key == "" || email == "" {
		t.Skip("CLOUDFLARE_API_KEY / CLOUDFLARE_EMAIL not set")
	}
	return key, email
}

func TestIntegrationListZonesWithGlobalKey(t *testing.T) {
	key, email := legacyCreds(t)

	client, err := cloudflare.New(cloudflare.WithAPIKey(key, email), cloudflare.WithUserAgent("integration-test"))
	if err != nil {
		t.Fatal(err)
	}
	req, err := client.NewRequest(context.Background(), http.MethodGet, "/zones?per_page=5", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /zones: %s", resp.Status)
	}
}

// TestIntegrationRawHeaders bypasses the client to confirm the API still
// accepts the raw header pair (guards against applyAuth regressions).
func TestIntegrationRawHeaders(t *testing.T) {
	key, email := legacyCreds(t)

	req, err := http.NewRequest(http.MethodGet, "https://api.cloudflare.com/client/v4/user", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Auth-Email", email)
	req.Header.Set("X-Auth-Key", key)

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()

	var body struct {
		Success bool `json:"success"`
		Result  struct {
			Email string `json:"email"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if !body.Success || body.Result.Email != email {
		t.Fatalf("unexpected /user response: %+v", body)
	}
}
