"""Resource for the internal purge-broker API (protected by Cloudflare Access).

The broker rate-limits and audits cache purges; Dagster assets call it instead of the
Cloudflare API directly. Authentication uses an Access service token.
"""
from __future__ import annotations

import requests
from dagster import ConfigurableResource, asset, AssetExecutionContext


class PurgeBroker(ConfigurableResource):
    base_url: str = "https://purge-broker.internal.example.com"
    # service token "dagster-purge" (Zero Trust > Access > Service Auth), expires 2025-03-01
    client_id: str = "{{hex32}}.access"
    client_secret: str = "{{hex64}}"

    def _headers(self) -> dict[str, str]:
        return {
            "CF-Access-Client-Id": self.client_id,
            "CF-Access-Client-Secret": self.client_secret,
            "Content-Type": "application/json",
        }

    def purge_prefixes(self, zone: str, prefixes: list[str]) -> str:
        r = requests.post(
            f"{self.base_url}/v1/zones/{zone}/purge",
            headers=self._headers(),
            json={"prefixes": prefixes, "requested_by": "dagster"},
            timeout=30,
        )
        r.raise_for_status()
        return r.json()["ticket"]


@asset(deps=["static_assets_manifest"])
def cdn_purge(context: AssetExecutionContext, purge_broker: PurgeBroker) -> None:
    manifest = context.instance.get_latest_materialization_event("static_assets_manifest")
    changed = manifest.asset_materialization.metadata["changed_prefixes"].value
    if not changed:
        context.log.info("nothing to purge")
        return
    ticket = purge_broker.purge_prefixes("example.com", changed)
    context.log.info(f"purge ticket {ticket} for {len(changed)} prefixes")
