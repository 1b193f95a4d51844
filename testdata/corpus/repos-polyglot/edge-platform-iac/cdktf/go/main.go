package main

import (
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-cloudflare-go/cloudflare/v11/origincacertificate"
	"github.com/cdktf/cdktf-provider-cloudflare-go/cloudflare/v11/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func NewOriginStack(scope constructs.Construct, id string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, &id)

	provider.NewCloudflareProvider(stack, jsii.String("cloudflare"), &provider.CloudflareProviderConfig{
		Email:  jsii.String(os.Getenv("CLOUDFLARE_EMAIL")),
		ApiKey: jsii.String(os.Getenv("CLOUDFLARE_API_KEY")),
	})

	// Origin CA certificates need the user service key with provider v4.
	originProvider := provider.NewCloudflareProvider(stack, jsii.String("cloudflare_origin"), &provider.CloudflareProviderConfig{
		Alias:             jsii.String("origin_ca"),
		ApiUserServiceKey: jsii.String("{{origin}}"),
	})

	origincacertificate.NewOriginCaCertificate(stack, jsii.String("api_origin"), &origincacertificate.OriginCaCertificateConfig{
		Provider:          originProvider,
		Csr:               jsii.String(readFile("certs/api.example.com.csr")),
		Hostnames:         jsii.Strings("api.example.com"),
		RequestType:       jsii.String("origin-rsa"),
		RequestedValidity: jsii.Number(5475),
	})

	return stack
}

func readFile(p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func main() {
	app := cdktf.NewApp(nil)
	NewOriginStack(app, "origin-certs")
	app.Synth()
}
