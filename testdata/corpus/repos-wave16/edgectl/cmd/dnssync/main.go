// Command dnssync reconciles DNS records for the zones listed in dns/*.yaml
// with Cloudflare, using the v4 SDK. Credentials come from the environment
// (CI injects CLOUDFLARE_API_TOKEN from the vault-backed secret store).
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/cloudflare/cloudflare-go/v4"
	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// Zone ids are public identifiers; kept here so dry runs need no lookup call.
var zoneIDs = map[string]string{
	"northwind-retail.com":      "{{hex32#z1}}",
	"shop.northwind-retail.com": "{{hex32#z2}}",
	"northwind-retail.dev":      "{{hex32#z3}}",
}

func main() {
	dryRun := flag.Bool("dry-run", true, "only print the plan")
	flag.Parse()

	token, ok := os.LookupEnv("CLOUDFLARE_API_TOKEN")
	if !ok || token == "" {
		log.Fatal("CLOUDFLARE_API_TOKEN is not set")
	}
	client := cloudflare.NewClient(option.WithAPIToken(token))

	ctx := context.Background()
	for name, zoneID := range zoneIDs {
		want, err := loadDesired(name)
		if err != nil {
			log.Fatalf("%s: %v", name, err)
		}
		iter := client.DNS.Records.ListAutoPaging(ctx, dns.RecordListParams{ZoneID: cloudflare.F(zoneID)})
		have := map[string]dns.RecordResponse{}
		for iter.Next() {
			r := iter.Current()
			have[string(r.Type)+" "+r.Name] = r
		}
		if err := iter.Err(); err != nil {
			log.Fatalf("%s: list records: %v", name, err)
		}
		for key, rec := range want {
			if _, exists := have[key]; exists {
				continue
			}
			fmt.Printf("%s: + %s -> %s\n", name, key, rec.Content)
			if *dryRun {
				continue
			}
			if err := createRecord(ctx, client, zoneID, rec); err != nil {
				log.Fatalf("%s: create %s: %v", name, key, err)
			}
		}
	}
}
