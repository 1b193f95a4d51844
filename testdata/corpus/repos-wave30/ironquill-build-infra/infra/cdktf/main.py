#!/usr/bin/env python
"""CDKTF stack for the crash-report intake (Workers + R2 + DNS).

Synth/deploy:  cdktf deploy crash-intake
The Cloudflare token comes from TF_VAR_cloudflare_api_token; the PlayFab key is
only passed through to the Worker as a secret binding, it never touches Cloudflare auth.
"""
import os

from constructs import Construct
from cdktf import App, TerraformStack, TerraformVariable, TerraformOutput

from imports.cloudflare.provider import CloudflareProvider
from imports.cloudflare.r2_bucket import R2Bucket
from imports.cloudflare.record import Record
from imports.cloudflare.worker_script import WorkerScript

ACCOUNT_ID = "{{hex32}}"
ZONE_ID = "{{hex32}}"


class CrashIntakeStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)

        cf_token = TerraformVariable(self, "cloudflare_api_token", type="string", sensitive=True)
        playfab_key = TerraformVariable(self, "playfab_secret_key", type="string", sensitive=True)

        CloudflareProvider(self, "cloudflare", api_token=cf_token.string_value)

        bucket = R2Bucket(self, "crashdumps", account_id=ACCOUNT_ID, name="ironquill-crashdumps", location="WNAM")

        worker = WorkerScript(
            self,
            "crash_intake",
            account_id=ACCOUNT_ID,
            name="crash-intake",
            module=True,
            content=open(os.path.join(os.path.dirname(__file__), "worker", "dist", "index.js")).read(),
            r2_bucket_binding=[{"name": "DUMPS", "bucket_name": bucket.name}],
            secret_text_binding=[{"name": "PLAYFAB_SECRET_KEY", "text": playfab_key.string_value}],
            plain_text_binding=[{"name": "PLAYFAB_TITLE_ID", "text": "7A1F3"}],
        )

        Record(self, "crash_dns", zone_id=ZONE_ID, name="crash", type="AAAA", content="100::", proxied=True)

        TerraformOutput(self, "worker_name", value=worker.name)


app = App()
CrashIntakeStack(app, "crash-intake")
app.synth()
