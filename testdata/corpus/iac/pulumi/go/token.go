package main

import (
	"os"

	"github.com/pulumi/pulumi-cloudflare/sdk/v5/go/cloudflare"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func scoped(ctx *pulumi.Context) (*cloudflare.Provider, error) {
	cfg := config.New(ctx, "cloudflare")
	return cloudflare.NewProvider(ctx, "scoped", &cloudflare.ProviderArgs{
		ApiToken: cfg.RequireSecret("apiToken"),
		BaseUrl:  pulumi.String(os.Getenv("CLOUDFLARE_BASE_URL")),
	})
}
