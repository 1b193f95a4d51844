// Command cfauthlint finds Cloudflare credential mistakes: hardcoded tokens
// and keys, Global API Key auth, insecure API transport. See README.md.
package main

import (
	"os"

	"github.com/cfauthlint/cfauthlint/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}
