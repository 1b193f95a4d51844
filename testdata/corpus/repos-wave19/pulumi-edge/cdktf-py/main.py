#!/usr/bin/env python
"""CDKTF (Python) stack for the marketing landing pages."""

import os

from constructs import Construct
from cdktf import App, TerraformStack, TerraformVariable, TerraformOutput
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.record import Record

ZONE_ID = "{{hex32}}"


class LandingStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)

        # Prefer the environment (CI); fall back to a sensitive TF variable
        # so `cdktf deploy --var cloudflare_api_token=...` also works.
        token_var = TerraformVariable(
            self,
            "cloudflare_api_token",
            type="string",
            sensitive=True,
            default=os.environ.get("CLOUDFLARE_API_TOKEN"),
        )

        CloudflareProvider(self, "cloudflare", api_token=token_var.string_value)

        for name in ("spring", "summer", "launch"):
            Record(
                self,
                f"landing-{name}",
                zone_id=ZONE_ID,
                name=name,
                type="CNAME",
                value="landing-pages.example.net",
                proxied=True,
            )

        TerraformOutput(self, "zone_id", value=ZONE_ID)


app = App()
LandingStack(app, "landing")
app.synth()
