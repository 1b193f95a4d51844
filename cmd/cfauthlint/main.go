// Command cfauthlint finds Cloudflare credential mistakes: hardcoded tokens
// and keys, Global API Key auth, insecure API transport. See README.md.
//
// Run by `go vet -vettool=$(command -v cfauthlint)`, it speaks the vet
// protocol through unitchecker with the analyzers of package analyzers.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/cfauthlint/cfauthlint/analyzers"
	"github.com/cfauthlint/cfauthlint/internal/cli"
	"github.com/cfauthlint/cfauthlint/internal/proc"
)

func main() {
	if vetProtocol(os.Args[1:]) {
		if isVersionQuery(os.Args[1:]) {
			if err := printVetVersion(os.Stdout); err != nil {
				fmt.Fprintln(os.Stderr, "cfauthlint:", err)
				os.Exit(1)
			}
			os.Exit(0)
		}
		// A unit's output may quote source text: run it in a child whose
		// standard error is redacted (vetwrap.go). -V=full and -flags
		// print only the tool's own text.
		if isUnit(os.Args[1:]) && os.Getenv(vetChildEnv) == "" {
			if code := runVetUnit(os.Args[1:]); code >= 0 {
				os.Exit(code)
			}
		}
		unitchecker.Main(analyzers.Labelled(analyzers.All()...)...) // exits
	}
	ctx := cancelOnSignal()
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, TuneGC: true, Context: ctx}))
}

// cancelOnSignal returns a context that SIGINT or SIGTERM cancels. The
// scan then stops where it can (Go analysis between batches, history and
// git readers) and exits 2; the signal also kills every child process
// group at once (git, go env). If the scan has not ended a short while
// after the signal, the process exits 2 itself, so a CI timeout or Ctrl-C
// never waits on a long phase.
func cancelOnSignal() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		cancel()
		proc.KillAll()
		select {
		case <-sigs: // a second signal: stop now
		case <-time.After(cancelGrace):
		}
		proc.KillAll()
		fmt.Fprintf(os.Stderr, "cfauthlint: scan cancelled (%s): no report written\n", sigName(s))
		os.Exit(2)
	}()
	return ctx
}

// cancelGrace is how long a cancelled scan may take to stop by itself.
const cancelGrace = 1 * time.Second

func sigName(s os.Signal) string {
	if s == syscall.SIGTERM {
		return "SIGTERM"
	}
	return "SIGINT"
}

// vetProtocol reports whether the go command is running us as a vet tool:
// `-V=full` (describe the executable), `-flags` (describe the flags), or
// flags followed by a single *.cfg unit description.
func vetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return isUnit(args)
}

// isUnit reports flags followed by a single *.cfg unit description.
func isUnit(args []string) bool {
	if len(args) == 0 {
		return false
	}
	last := args[len(args)-1]
	if !strings.HasSuffix(last, ".cfg") {
		return false
	}
	for _, a := range args[:len(args)-1] {
		if !strings.HasPrefix(a, "-") {
			return false
		}
	}
	return true
}
