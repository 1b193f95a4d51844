"""Legacy brand zone: zone settings, a health check and the radio tunnel.

Zone-level resources use the stack's default provider. The tunnel lives in
the new account and uses an explicit provider with a scoped token.
"""
import pulumi
import pulumi_cloudflare as cloudflare

cfg = pulumi.Config()
zone_id = cfg.require("zoneId")
account_id = cfg.require("accountId")
health_host = cfg.require("healthHost")

# Scoped token for the new account (Cloudflare Tunnel:Edit only).
scoped = cloudflare.Provider("scoped", api_token=cfg.require_secret("scopedToken"))

cloudflare.ZoneSettingsOverride(
    "legacy",
    zone_id=zone_id,
    settings=cloudflare.ZoneSettingsOverrideSettingsArgs(
        ssl="flexible",
        always_use_https="on",
        automatic_https_rewrites="on",
    ),
)

cloudflare.PageRule(
    "old-shop-forward",
    zone_id=zone_id,
    target="http://shop.media-example.org/*",
    priority=1,
    actions=cloudflare.PageRuleActionsArgs(
        forwarding_url=cloudflare.PageRuleActionsForwardingUrlArgs(
            url="https://store.media-example.com/$1",
            status_code=301,
        ),
    ),
)

cloudflare.Healthcheck(
    "status-origin",
    zone_id=zone_id,
    name="status-origin",
    address=health_host,
    type="HTTPS",
    port=443,
    path="/healthz",
    expected_codes=["200"],
    allow_insecure=True,  # origin has an expired cert, replacement ordered
    check_regions=["WNAM", "ENAM"],
    headers=[cloudflare.HealthcheckHeaderArgs(header="Host", values=["status.media-example.org"])],
)

tunnel = cloudflare.Tunnel(
    "radio",
    account_id=account_id,
    name="radio-stream",
    secret=cfg.require_secret("radioTunnelSecret"),
    config_src="cloudflare",
    opts=pulumi.ResourceOptions(provider=scoped),
)

cloudflare.TunnelConfig(
    "radio",
    account_id=account_id,
    tunnel_id=tunnel.id,
    config=cloudflare.TunnelConfigConfigArgs(
        ingress_rules=[
            cloudflare.TunnelConfigConfigIngressRuleArgs(
                hostname="radio.media-example.org",
                service="http://icecast.internal:8000",
            ),
            cloudflare.TunnelConfigConfigIngressRuleArgs(
                hostname="radio-admin.media-example.org",
                service="https://icecast.internal:8443",
                origin_request=cloudflare.TunnelConfigConfigIngressRuleOriginRequestArgs(
                    no_tls_verify=True,
                ),
            ),
            cloudflare.TunnelConfigConfigIngressRuleArgs(service="http_status:404"),
        ],
    ),
    opts=pulumi.ResourceOptions(provider=scoped),
)

pulumi.export("radio_cname", tunnel.cname)
