from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider


class DnsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare",
                           api_key="{{hex37}}",
                           email="ops@example.com")


app = App()
DnsStack(app, "dns")
app.synth()
