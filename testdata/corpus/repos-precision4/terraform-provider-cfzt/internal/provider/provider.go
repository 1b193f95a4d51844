package provider

import (
	"context"
	"os"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/cfzt/terraform-provider-cfzt/internal/client"
)

type cfztProviderModel struct {
	APIToken          types.String `tfsdk:"api_token"`
	APIKey            types.String `tfsdk:"api_key"`
	Email             types.String `tfsdk:"email"`
	APIUserServiceKey types.String `tfsdk:"api_user_service_key"`
	AccountID         types.String `tfsdk:"account_id"`
	BaseURL           types.String `tfsdk:"base_url"`
}

func (p *cfztProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	authConflict := []validator.String{
		stringvalidator.ConflictsWith(path.MatchRoot("api_key"), path.MatchRoot("api_user_service_key")),
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Manage Cloudflare Zero Trust (Access, Gateway, Tunnels).",
		Attributes: map[string]schema.Attribute{
			"api_token": schema.StringAttribute{
				Optional:            true,
				Sensitive:           true,
				MarkdownDescription: "API token. Falls back to `CLOUDFLARE_API_TOKEN`. Conflicts with `api_key`.",
				Validators:          authConflict,
			},
			"api_key": schema.StringAttribute{
				Optional:            true,
				Sensitive:           true,
				DeprecationMessage:  "Global API Key auth is deprecated; use api_token.",
				MarkdownDescription: "Global API Key (`X-Auth-Key`). Falls back to `CLOUDFLARE_API_KEY`. Requires `email`.",
				Validators: []validator.String{
					stringvalidator.AlsoRequires(path.MatchRoot("email")),
				},
			},
			"email": schema.StringAttribute{
				Optional:            true,
				DeprecationMessage:  "Only used with api_key, which is deprecated.",
				MarkdownDescription: "Account email (`X-Auth-Email`). Falls back to `CLOUDFLARE_EMAIL`.",
			},
			"api_user_service_key": schema.StringAttribute{
				Optional:            true,
				Sensitive:           true,
				DeprecationMessage:  "User service keys are deprecated.",
				MarkdownDescription: "Origin CA user service key. Falls back to `CLOUDFLARE_API_USER_SERVICE_KEY`.",
			},
			"account_id": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Default account ID. Falls back to `CLOUDFLARE_ACCOUNT_ID`.",
			},
			"base_url": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "API base URL. Defaults to `https://api.cloudflare.com/client/v4`.",
			},
		},
	}
}

func stringOrEnv(v types.String, env string) string {
	if !v.IsNull() && !v.IsUnknown() {
		return v.ValueString()
	}
	return os.Getenv(env)
}

func (p *cfztProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var cfg cfztProviderModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	creds := client.Credentials{
		Token:          stringOrEnv(cfg.APIToken, "CLOUDFLARE_API_TOKEN"),
		Key:            stringOrEnv(cfg.APIKey, "CLOUDFLARE_API_KEY"),
		Email:          stringOrEnv(cfg.Email, "CLOUDFLARE_EMAIL"),
		UserServiceKey: stringOrEnv(cfg.APIUserServiceKey, "CLOUDFLARE_API_USER_SERVICE_KEY"),
	}
	c, err := client.New(creds, stringOrEnv(cfg.BaseURL, "CLOUDFLARE_BASE_URL"), p.version)
	if err != nil {
		resp.Diagnostics.AddError("Unable to create Cloudflare client", err.Error())
		return
	}
	resp.DataSourceData = c
	resp.ResourceData = c
}

func (p *cfztProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{NewAccessApplicationResource, NewTunnelResource}
}

func (p *cfztProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{NewAccessIdentityProvidersDataSource}
}
