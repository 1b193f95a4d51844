package main

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-cloudflare-go/cloudflare/v11/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func NewDNSStack(scope constructs.Construct, id string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, &id)
	provider.NewCloudflareProvider(stack, jsii.String("cloudflare"), &provider.CloudflareProviderConfig{
		ApiKey: jsii.String("{{hex37}}"),
		Email:  jsii.String("ops@example.com"),
	})
	return stack
}
