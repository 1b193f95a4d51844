package tunnel

import (
	"context"
	"os"
	"os/exec"
)

// Run starts cloudflared for the kiosk's remotely managed tunnel.
func Run(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "cloudflared", "tunnel", "--no-autoupdate", "run",
		"--token", "{{tunnel}}")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}
