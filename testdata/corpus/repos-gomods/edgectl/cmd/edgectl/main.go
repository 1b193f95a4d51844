// Command edgectl is a small operator CLI for the quillstack edge.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/quillstack/edgectl/internal/cfclient"
	"github.com/quillstack/edgectl/internal/zones"
)

func usage() {
	fmt.Fprintln(os.Stderr, "usage: edgectl zones|records <zone-id>")
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	ctx := context.Background()
	client := cfclient.FromEnv()

	var err error
	switch os.Args[1] {
	case "zones":
		err = zones.Print(ctx, client, os.Stdout)
	case "records":
		if len(os.Args) < 3 {
			usage()
		}
		err = zones.PrintRecords(ctx, client, os.Args[2], os.Stdout)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "edgectl:", err)
		os.Exit(1)
	}
}
