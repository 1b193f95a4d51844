package main

import (
	"github.com/pulumi/pulumi-cloudflare/sdk/v5/go/cloudflare"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		provider, err := cloudflare.NewProvider(ctx, "cf", &cloudflare.ProviderArgs{
			ApiKey: pulumi.String("{{hex37}}"),
			Email:  pulumi.String("ops@example.com"),
		})
		if err != nil {
			return err
		}
		_, err = cloudflare.NewRecord(ctx, "www", &cloudflare.RecordArgs{
			ZoneId:  pulumi.String("{{hex32}}"),
			Name:    pulumi.String("www"),
			Type:    pulumi.String("A"),
			Content: pulumi.String("192.0.2.10"),
		}, pulumi.Provider(provider))
		return err
	})
}
