//go:build ignore

// healthcheck verifies that the token in CLOUDFLARE_API_TOKEN is still active.
// Run from the k8s liveness probe:  go run scripts/healthcheck.go
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

func main() {
	req, _ := http.NewRequest(http.MethodGet, "http://api.cloudflare.com/client/v4/user/tokens/verify", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))

	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()

	var body struct {
		Success bool `json:"success"`
		Result  struct {
			Status string `json:"status"`
		} `json:"result"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&body)
	if !body.Success || body.Result.Status != "active" {
		fmt.Fprintln(os.Stderr, "token not active")
		os.Exit(1)
	}
	fmt.Println("ok")
}
