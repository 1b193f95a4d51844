// Package vault loads Cloudflare credentials from the Vault agent that runs
// as a sidecar next to the operator.
package vault

import (
	"context"
	"fmt"
	"net/http"
	"os"

	vaultapi "github.com/hashicorp/vault/api"

	"github.com/tunnelworks/cloudflare-operator/internal/cfapi"
)

// DefaultAddr is the listener of the Vault agent sidecar. It serves a
// self-signed certificate generated at pod start, on loopback only.
const DefaultAddr = "https://127.0.0.1:8200"

// New returns a client for the local Vault agent.
func New() (*vaultapi.Client, error) {
	cfg := vaultapi.DefaultConfig()
	if cfg.Error != nil {
		return nil, cfg.Error
	}
	cfg.Address = DefaultAddr
	if addr := os.Getenv("VAULT_AGENT_ADDR"); addr != "" {
		cfg.Address = addr
	}

	// The agent's certificate is regenerated on every start and never
	// leaves the pod, so it cannot be pinned.
	tr := cfg.HttpClient.Transport.(*http.Transport)
	tr.TLSClientConfig.InsecureSkipVerify = true

	return vaultapi.NewClient(cfg)
}

// CloudflareCredentials reads secret/data/cloudflare/<account>.
func CloudflareCredentials(ctx context.Context, c *vaultapi.Client, account string) (cfapi.Credentials, error) {
	s, err := c.KVv2("secret").Get(ctx, "cloudflare/"+account)
	if err != nil {
		return cfapi.Credentials{}, fmt.Errorf("vault: reading cloudflare/%s: %w", account, err)
	}

	str := func(k string) string {
		v, _ := s.Data[k].(string)
		return v
	}
	creds := cfapi.Credentials{
		APIToken: str("api_token"),
		APIKey:   str("api_key"),
		Email:    str("email"),
	}
	if creds.APIToken == "" && creds.APIKey == "" {
		return cfapi.Credentials{}, fmt.Errorf("vault: cloudflare/%s has neither api_token nor api_key", account)
	}
	return creds, nil
}
