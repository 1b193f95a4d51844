import pulumi
import pulumi_cloudflare as cloudflare

provider = cloudflare.Provider(
    "cf",
    api_key="{{hex37}}",
    email="ops@example.com",
)

cloudflare.Record("www", zone_id="{{hex32}}", name="www", type="A", content="192.0.2.10",
                  opts=pulumi.ResourceOptions(provider=provider))
