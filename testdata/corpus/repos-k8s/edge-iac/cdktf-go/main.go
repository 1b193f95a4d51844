package main

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/cdktf/cdktf-provider-cloudflare-go/cloudflare/v11/provider"
	"github.com/cdktf/cdktf-provider-cloudflare-go/cloudflare/v11/workersscript"
)

func NewWorkersStack(scope constructs.Construct, id string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, &id)

	provider.NewCloudflareProvider(stack, jsii.String("cloudflare"), &provider.CloudflareProviderConfig{
		ApiToken: jsii.String("{{tok40}}"),
	})

	workersscript.NewWorkersScript(stack, jsii.String("edge_router"), &workersscript.WorkersScriptConfig{
		AccountId: jsii.String("{{hex32}}"),
		Name:      jsii.String("edge-router"),
		Content:   cdktf.Fn_File(jsii.String("../workers/edge-router/dist/index.js")),
		Module:    jsii.Bool(true),
	})

	return stack
}

func main() {
	app := cdktf.NewApp(nil)
	NewWorkersStack(app, "workers")
	app.Synth()
}
