#!/usr/bin/env python
"""CDKTF stack for marketing-site DNS. `cdktf deploy marketing-dns`."""
from constructs import Construct
from cdktf import App, TerraformStack, TerraformOutput, S3Backend

from imports.cloudflare.provider import CloudflareProvider
from imports.cloudflare.record import Record

ZONE_ID = "{{hex32}}"


class MarketingDns(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)

        S3Backend(self, bucket="acme-tf-state", key="cdktf/marketing-dns.tfstate", region="eu-west-1")

        CloudflareProvider(self, "cloudflare", api_token="{{cfut}}")

        www = Record(
            self,
            "www",
            zone_id=ZONE_ID,
            name="www",
            type="CNAME",
            content="marketing-site.pages.dev",
            proxied=True,
            ttl=1,
        )
        Record(self, "apex", zone_id=ZONE_ID, name="@", type="CNAME",
               content="marketing-site.pages.dev", proxied=True, ttl=1)

        TerraformOutput(self, "www_hostname", value=www.hostname)


app = App()
MarketingDns(app, "marketing-dns")
app.synth()
