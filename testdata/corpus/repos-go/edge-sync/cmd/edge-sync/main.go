// edge-sync mirrors DNS records from deploy/records.yaml into Cloudflare.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	flag "github.com/spf13/pflag"

	cfv6 "github.com/cloudflare/cloudflare-go/v6"
	cfopt "github.com/cloudflare/cloudflare-go/v6/option"

	"github.com/acme-platform/edge-sync/internal/cf"
)

var (
	flagToken   = flag.String("token", os.Getenv("CLOUDFLARE_API_TOKEN"), "Cloudflare API token")
	flagKey     = flag.String("cf-api-key", "{{hex37}}", "Cloudflare Global API key (legacy accounts)")
	flagEmail   = flag.String("cf-email", "netops@acme-platform.net", "email for --cf-api-key")
	flagAccount = flag.String("account", "", "account id")
	flagFile    = flag.StringP("file", "f", "deploy/records.yaml", "records file")
	flagLegacy  = flag.Bool("legacy-auth", false, "use key+email instead of a token")
)

func main() {
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var client *cfv6.Client
	if *flagLegacy {
		client = cfv6.NewClient(
			cfopt.WithAPIKey(*flagKey),
			cfopt.WithAPIEmail(*flagEmail),
		)
	} else {
		client = cf.New(cf.Config{Token: *flagToken, AccountID: *flagAccount})
	}

	ids, err := cf.ZoneIDs(ctx, client, *flagAccount)
	if err != nil {
		fmt.Fprintln(os.Stderr, "edge-sync:", err)
		os.Exit(1)
	}
	if err := syncFile(ctx, client, ids, *flagFile); err != nil {
		fmt.Fprintln(os.Stderr, "edge-sync:", err)
		os.Exit(1)
	}
}
