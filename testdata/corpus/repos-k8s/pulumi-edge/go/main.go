package main

import (
	"github.com/pulumi/pulumi-cloudflare/sdk/v5/go/cloudflare"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		zoneID := cfg.Require("zoneId")

		// explicit provider so the DNS team's token is not picked up from the env
		dnsProvider, err := cloudflare.NewProvider(ctx, "dns-team", &cloudflare.ProviderArgs{
			ApiToken: pulumi.String("{{cfut}}"),
		})
		if err != nil {
			return err
		}

		_, err = cloudflare.NewRecord(ctx, "api", &cloudflare.RecordArgs{
			ZoneId:  pulumi.String(zoneID),
			Name:    pulumi.String("api"),
			Type:    pulumi.String("A"),
			Content: pulumi.String("203.0.113.10"),
			Proxied: pulumi.Bool(true),
		}, pulumi.Provider(dnsProvider))
		return err
	})
}
