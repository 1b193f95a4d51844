// Command v4-token lists zones with cloudflare-go v4 using an API token.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

func main() {
	client := cloudflare.NewClient(
		option.WithAPIToken(os.Getenv("CLOUDFLARE_API_TOKEN")),
		option.WithRequestTimeout(30e9),
	)

	ctx := context.Background()
	iter := client.Zones.ListAutoPaging(ctx, zones.ZoneListParams{
		Status: cloudflare.F(zones.ZoneListParamsStatusActive),
	})

	n := 0
	for iter.Next() {
		z := iter.Current()
		fmt.Printf("%s\t%s\t%s\n", z.ID, z.Name, z.Plan.Name)
		n++
	}
	if err := iter.Err(); err != nil {
		log.Fatalf("listing zones: %v", err)
	}
	fmt.Fprintf(os.Stderr, "%d active zones\n", n)
}
