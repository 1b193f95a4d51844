// Package proc starts the child processes of a scan (git, the go command)
// so that a cancelled scan stops them with everything they started: each
// child leads its own process group, and cancelling its context, or
// KillAll (on SIGINT or SIGTERM), kills the whole group, not just the
// child.
package proc

import (
	"context"
	"os/exec"
	"sync"
	"time"
)

var (
	mu   sync.Mutex
	live = map[*exec.Cmd]bool{}
)

// Command is exec.CommandContext with the child in its own process group;
// when ctx is done the group is killed. The child is tracked for KillAll
// until its Wait returns (use Run, Output or Wait).
func Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	setGroup(cmd)
	cmd.Cancel = func() error { return killGroup(cmd) }
	cmd.WaitDelay = 2 * time.Second
	mu.Lock()
	live[cmd] = true
	mu.Unlock()
	return cmd
}

// Done stops tracking cmd (after its Wait returned).
func Done(cmd *exec.Cmd) {
	mu.Lock()
	delete(live, cmd)
	mu.Unlock()
}

// Run runs cmd and stops tracking it.
func Run(cmd *exec.Cmd) error {
	defer Done(cmd)
	return cmd.Run()
}

// Output is cmd.Output, and stops tracking cmd.
func Output(cmd *exec.Cmd) ([]byte, error) {
	defer Done(cmd)
	return cmd.Output()
}

// KillAll kills the process groups of every started child still tracked.
func KillAll() {
	mu.Lock()
	defer mu.Unlock()
	for cmd := range live {
		if cmd.Process != nil {
			killGroup(cmd)
		}
	}
}
