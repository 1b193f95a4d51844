// Example: list the zones visible to an API token.
//
//	go run ./examples/list-zones
package main

import (
	"context"
	"fmt"

	"github.com/cloudflare/cloudflare-go/v6"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/cloudflare/cloudflare-go/v6/zones"
)

func main() {
	client := cloudflare.NewClient(
		option.WithAPIToken("<YOUR_API_TOKEN>"), // or set CLOUDFLARE_API_TOKEN
		option.WithBaseURL("https://api.cloudflare.com/client/v4/"),
	)
	iter := client.Zones.ListAutoPaging(context.TODO(), zones.ZoneListParams{})
	for iter.Next() {
		z := iter.Current()
		fmt.Println(z.ID, z.Name, z.Status)
	}
	if err := iter.Err(); err != nil {
		panic(err)
	}
}
