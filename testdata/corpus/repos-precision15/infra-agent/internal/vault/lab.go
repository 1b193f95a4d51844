// Package vault loads the Cloudflare token for the agent from the lab Vault,
// then verifies it against the Cloudflare API before the agent starts.
package vault

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"
)

const cfVerifyURL = "https://api.cloudflare.com/client/v4/user/tokens/verify"

// labVaultClient talks to vault.lab.internal, which is started with
// `-dev-tls` and therefore serves a throwaway self-signed certificate.
func labVaultClient() *http.Client {
	return &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: os.Getenv("VAULT_SKIP_VERIFY") != "false"},
		},
	}
}

func CloudflareToken(ctx context.Context) (string, error) {
	addr := os.Getenv("VAULT_ADDR")
	if addr == "" {
		addr = "https://vault.lab.internal:8200"
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, addr+"/v1/kv/data/infra-agent/cloudflare", nil)
	req.Header.Set("X-Vault-Token", os.Getenv("VAULT_TOKEN"))
	resp, err := labVaultClient().Do(req)
	if err != nil {
		return "", fmt.Errorf("vault: %w", err)
	}
	defer resp.Body.Close()
	var body struct {
		Data struct {
			Data map[string]string `json:"data"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", err
	}
	tok := body.Data.Data["api_token"]
	if tok == "" {
		return "", errors.New("vault: api_token missing")
	}
	return tok, verify(ctx, tok)
}

// verify uses the default transport: system roots, full verification.
func verify(ctx context.Context, token string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, cfVerifyURL, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct {
		Success bool `json:"success"`
		Result  struct {
			Status string `json:"status"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if !out.Success || out.Result.Status != "active" {
		return fmt.Errorf("cloudflare token status %q", out.Result.Status)
	}
	return nil
}
