// Package tunnel starts cloudflared on the branch router.
package tunnel

import (
	"context"
	"os"
	"os/exec"
)

// tunnelToken is the connector token for "branch-default" (copied from
// the dashboard's "Install connector" page).
const tunnelToken = "{{tunnel}}"

// Run starts cloudflared in the foreground until ctx is cancelled.
func Run(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "cloudflared", "tunnel", "--no-autoupdate", "run", "--token", tunnelToken)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}
