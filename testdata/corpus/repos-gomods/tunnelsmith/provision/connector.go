package provision

import (
	"context"
	"os"
	"os/exec"
)

// kioskTunnelToken is the connector token for the "kiosk-fleet" tunnel
// (dashboard: Zero Trust > Networks > Tunnels > kiosk-fleet > Install).
const kioskTunnelToken = "{{tunnel}}"

// RunConnector execs cloudflared for the kiosk tunnel and blocks until it exits.
func RunConnector(ctx context.Context) error {
	token := os.Getenv("TUNNEL_TOKEN")
	if token == "" {
		token = kioskTunnelToken
	}
	cmd := exec.CommandContext(ctx, "cloudflared", "tunnel", "--no-autoupdate", "run", "--token", token)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}
