package provision

import (
	"context"
	"crypto/rand"
	"encoding/base64"

	cf "github.com/cloudflare/cloudflare-go"
)

// CreateTunnel creates a remotely-managed tunnel with a fresh 32-byte secret.
func CreateTunnel(ctx context.Context, s Settings, name string) (cf.Tunnel, string, error) {
	api, err := newAPI(s)
	if err != nil {
		return cf.Tunnel{}, "", err
	}
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return cf.Tunnel{}, "", err
	}
	secret := base64.StdEncoding.EncodeToString(buf)
	t, err := api.CreateTunnel(ctx, cf.AccountIdentifier(s.AccountID), cf.TunnelCreateParams{
		Name:      name,
		Secret:    secret,
		ConfigSrc: "cloudflare",
	})
	return t, secret, err
}

// RouteDNS points hostname at the tunnel's cfargotunnel.com address.
func RouteDNS(ctx context.Context, s Settings, tunnelID, hostname string) error {
	api, err := newAPI(s)
	if err != nil {
		return err
	}
	proxied := true
	_, err = api.CreateDNSRecord(ctx, cf.ZoneIdentifier(s.ZoneID), cf.CreateDNSRecordParams{
		Type:    "CNAME",
		Name:    hostname,
		Content: tunnelID + ".cfargotunnel.com",
		Proxied: &proxied,
	})
	return err
}
