// Command cfauthlint finds Cloudflare credential mistakes: hardcoded tokens
// and keys, Global API Key auth, insecure API transport. See README.md.
//
// Run by `go vet -vettool=$(command -v cfauthlint)`, it speaks the vet
// protocol through unitchecker with the analyzers of package analyzers.
package main

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/cfauthlint/cfauthlint/analyzers"
	"github.com/cfauthlint/cfauthlint/internal/cli"
)

func main() {
	if vetProtocol(os.Args[1:]) {
		// A unit's output may quote source text: run it in a child whose
		// standard error is redacted (vetwrap.go). -V=full and -flags
		// print only the tool's own text.
		if isUnit(os.Args[1:]) && os.Getenv(vetChildEnv) == "" {
			if code := runVetUnit(os.Args[1:]); code >= 0 {
				os.Exit(code)
			}
		}
		unitchecker.Main(analyzers.All()...) // exits
	}
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, TuneGC: true}))
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
