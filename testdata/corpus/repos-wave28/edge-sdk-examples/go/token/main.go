// Command token shows the recommended setup: a scoped API token with
// Zone:Read + DNS:Read, read from the environment.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go"
)

func main() {
	token := os.Getenv("CLOUDFLARE_API_TOKEN")
	if token == "" {
		log.Fatal("CLOUDFLARE_API_TOKEN is not set")
	}

	api, err := cloudflare.NewWithAPIToken(token)
	if err != nil {
		log.Fatalf("creating client: %v", err)
	}

	ctx := context.Background()

	// Sanity check: make sure the token is active before doing anything.
	verified, err := api.VerifyAPIToken(ctx)
	if err != nil {
		log.Fatalf("verifying token: %v", err)
	}
	fmt.Printf("token %s is %s\n", verified.ID, verified.Status)

	zones, err := api.ListZones(ctx)
	if err != nil {
		log.Fatalf("listing zones: %v", err)
	}
	for _, z := range zones {
		fmt.Printf("%s\t%s\t%s\n", z.ID, z.Name, z.Status)
	}
}
