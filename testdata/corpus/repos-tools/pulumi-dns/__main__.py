"""DNS records for the dev zone."""
import pulumi
import pulumi_cloudflare as cloudflare

cfg = pulumi.Config()

provider = cloudflare.Provider(
    "cf",
    api_token="{{cfut}}",
)

zone = cloudflare.get_zone_output(filter={"name": cfg.require("zone")})

cloudflare.DnsRecord(
    "www",
    zone_id=zone.zone_id,
    name="www",
    type="CNAME",
    content="dev.pages.dev",
    proxied=True,
    ttl=1,
    opts=pulumi.ResourceOptions(provider=provider),
)
