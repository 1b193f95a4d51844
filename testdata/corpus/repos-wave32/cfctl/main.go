// Command cfctl is the edgeops team's Cloudflare helper: DNS export, cache
// purges, origin certificates and the router DDNS endpoint.
package main

import (
	"os"

	"github.com/edgeops/cfctl/cmd"
)

var version = "dev"

func main() {
	cmd.SetVersion(version)
	if err := cmd.Execute(); err != nil {
		os.Exit(1)
	}
}
