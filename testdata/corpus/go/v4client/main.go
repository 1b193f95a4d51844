package main

import (
	"context"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/cloudflare/cloudflare-go/v4/zones"
)

func main() {
	client := cloudflare.NewClient(
		option.WithAPIKey(os.Getenv("CLOUDFLARE_API_KEY")),
		option.WithAPIEmail(os.Getenv("CLOUDFLARE_EMAIL")),
		option.WithBaseURL("http://api.cloudflare.com/client/v4/"),
	)
	page, err := client.Zones.List(context.Background(), zones.ZoneListParams{})
	if err != nil {
		log.Fatal(err)
	}
	for _, z := range page.Result {
		log.Println(z.Name)
	}
}
