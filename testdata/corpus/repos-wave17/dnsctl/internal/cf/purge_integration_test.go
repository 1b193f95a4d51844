//go:build integration

package cf

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Runs against the real API on the staging zone. Token is limited to
// Zone.Cache Purge on staging.northwind-media.com.
const (
	stagingZoneID      = "{{hex32}}"
	cloudflareAPIToken = "{{tok40}}"
)

func TestPurgeByURL(t *testing.T) {
	body := `{"files":["https://staging.northwind-media.com/index.html"]}`
	req, err := http.NewRequest(http.MethodPost,
		"https://api.cloudflare.com/client/v4/zones/"+stagingZoneID+"/purge_cache",
		strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+cloudflareAPIToken)
	req.Header.Set("Content-Type", "application/json")

	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()

	var out struct {
		Success bool `json:"success"`
		Result  struct {
			ID string `json:"id"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if !out.Success {
		t.Fatalf("purge failed with HTTP %d", resp.StatusCode)
	}
}
