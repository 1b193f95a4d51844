#!/usr/bin/env python
from constructs import Construct
from cdktf import App, TerraformStack, TerraformVariable, S3Backend
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.page_rule import PageRule, PageRuleActions


class LegacyZoneStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)

        S3Backend(
            self,
            bucket="tf-state",
            key="cdktf/legacy-zone.tfstate",
            region="auto",
            endpoint="https://{{hex32}}.r2.cloudflarestorage.com",
            access_key="{{hex32}}",
            secret_key="{{hex64}}",
            skip_credentials_validation=True,
            skip_region_validation=True,
            force_path_style=True,
        )

        zone_id = TerraformVariable(self, "zone_id", type="string")

        CloudflareProvider(
            self,
            "cloudflare",
            email="webmaster@legacy.example.com",
            api_key="{{hex37}}",
        )

        PageRule(
            self,
            "blog_redirect",
            zone_id=zone_id.string_value,
            target="legacy.example.com/blog/*",
            priority=1,
            actions=PageRuleActions(
                forwarding_url={"url": "https://blog.example.com/$1", "status_code": 301}
            ),
        )


app = App()
LegacyZoneStack(app, "legacy-zone")
app.synth()
