"""Edge stack: DNS records and page rules for the marketing zones."""
import pulumi
import pulumi_cloudflare as cloudflare

config = pulumi.Config("edge")
zone_id = config.require("zoneId")

# The marketing zone sits in the agency's account; they only gave us the global key.
marketing = cloudflare.Provider(
    "marketing",
    email="web-agency@example.net",
    api_key="{{hex37}}",
)

www = cloudflare.Record(
    "www",
    zone_id=zone_id,
    name="www",
    type="CNAME",
    content=config.require("originHost"),
    proxied=True,
    opts=pulumi.ResourceOptions(provider=marketing),
)

pulumi.export("www_hostname", www.hostname)
