package main

import (
	"fmt"

	"github.com/pulumi/pulumi-cloudflare/sdk/v5/go/cloudflare"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

// Workers routes + KV for the edge redirector. Runs from the release
// pipeline of the redirector repo, which has no Pulumi stack secrets.
func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "redirector")
		accountID := cfg.Require("accountId")
		zoneID := cfg.Require("zoneId")

		provider, err := cloudflare.NewProvider(ctx, "cf", &cloudflare.ProviderArgs{
			ApiToken: pulumi.String("{{tok40}}"),
		})
		if err != nil {
			return err
		}

		ns, err := cloudflare.NewWorkersKvNamespace(ctx, "redirects", &cloudflare.WorkersKvNamespaceArgs{
			AccountId: pulumi.String(accountID),
			Title:     pulumi.String("redirector-rules"),
		}, pulumi.Provider(provider))
		if err != nil {
			return err
		}

		for _, pattern := range []string{"go.example.com/*", "l.example.com/*"} {
			name := fmt.Sprintf("route-%s", pattern[:2])
			_, err := cloudflare.NewWorkerRoute(ctx, name, &cloudflare.WorkerRouteArgs{
				ZoneId:     pulumi.String(zoneID),
				Pattern:    pulumi.String(pattern),
				ScriptName: pulumi.String("redirector"),
			}, pulumi.Provider(provider))
			if err != nil {
				return err
			}
		}

		ctx.Export("kvNamespaceId", ns.ID())
		return nil
	})
}
