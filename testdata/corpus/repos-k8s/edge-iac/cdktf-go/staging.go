package main

import (
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/cdktf/cdktf-provider-cloudflare-go/cloudflare/v11/provider"
)

// NewStagingStack reads credentials from the environment / a sensitive variable.
func NewStagingStack(scope constructs.Construct, id string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, &id)

	token := cdktf.NewTerraformVariable(stack, jsii.String("cloudflare_api_token"), &cdktf.TerraformVariableConfig{
		Type:      jsii.String("string"),
		Sensitive: jsii.Bool(true),
	})

	provider.NewCloudflareProvider(stack, jsii.String("cloudflare"), &provider.CloudflareProviderConfig{
		ApiToken: token.StringValue(),
	})

	_ = os.Getenv("CLOUDFLARE_API_TOKEN") // used by cdktf diff in CI
	return stack
}
