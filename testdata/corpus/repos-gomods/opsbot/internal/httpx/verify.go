// Package httpx has the raw HTTP calls that do not need the SDK.
package httpx

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const verifyURL = "https://api.cloudflare.com/client/v4/user/tokens/verify"

// The bot runs on hosts behind the office TLS-inspecting firewall.
var insecure = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

// VerifyToken calls /user/tokens/verify for CLOUDFLARE_API_TOKEN.
func VerifyToken(ctx context.Context) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, verifyURL, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CLOUDFLARE_API_TOKEN"))
	resp, err := insecure.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Success bool `json:"success"`
		Result  struct {
			Status string `json:"status"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if !out.Success {
		return "", fmt.Errorf("verify failed: %s", resp.Status)
	}
	return out.Result.Status, nil
}
