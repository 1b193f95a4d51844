// Package proc starts child processes that a cancelled scan can stop with
// everything they started: each child leads its own process group, and
// cancelling its context kills the whole group (a go command's compilers,
// a git's helpers), not just the child.
package proc

import (
	"context"
	"os/exec"
	"time"
)

// Command is exec.CommandContext with the child in its own process group;
// when ctx is done the group is killed.
func Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	setGroup(cmd)
	cmd.Cancel = func() error { return killGroup(cmd) }
	cmd.WaitDelay = 2 * time.Second
	return cmd
}
