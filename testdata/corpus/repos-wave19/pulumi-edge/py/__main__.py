"""Pulumi program for the example-brand.com zone (legacy account).

The brand account has no API tokens for automation yet, so the provider is
configured with the account email + Global API Key taken from stack config:

    pulumi config set brand:email hostmaster@example-brand.com
    pulumi config set --secret brand:apiKey ...
"""

import pulumi
import pulumi_cloudflare as cloudflare

brand = pulumi.Config("brand")
zone_id = brand.require("zoneId")

legacy_provider = cloudflare.Provider(
    "cf-brand",
    email=brand.require("email"),
    api_key=brand.require_secret("apiKey"),
)

opts = pulumi.ResourceOptions(provider=legacy_provider)

records = {
    "@": ("A", "198.51.100.24", True),
    "www": ("CNAME", "example-brand.com", True),
    "mail": ("A", "198.51.100.30", False),
}

for name, (rtype, content, proxied) in records.items():
    cloudflare.Record(
        f"brand-{name if name != '@' else 'apex'}",
        zone_id=zone_id,
        name=name,
        type=rtype,
        content=content,
        proxied=proxied,
        opts=opts,
    )

cloudflare.ZoneSettingsOverride(
    "brand-settings",
    zone_id=zone_id,
    settings=cloudflare.ZoneSettingsOverrideSettingsArgs(
        ssl="full",
        always_use_https="on",
        min_tls_version="1.2",
    ),
    opts=opts,
)

pulumi.export("zone_id", zone_id)
