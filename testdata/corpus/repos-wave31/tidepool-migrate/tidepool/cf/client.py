"""Target-side client (cloudflare-python 3.x / 4.x).

The destination account is always accessed with a scoped API token that the
operator creates for the migration window (Zone:Edit, DNS:Edit on the target
account). It is read from the environment; ``tidepool doctor`` refuses to run
if it looks like a Global API Key was exported instead.
"""

from __future__ import annotations

import os

from cloudflare import Cloudflare

_GLOBAL_KEY_VARS = ("CLOUDFLARE_API_KEY", "CLOUDFLARE_EMAIL")


def target_client() -> Cloudflare:
    for var in _GLOBAL_KEY_VARS:
        if os.environ.get(var):
            raise SystemExit(
                f"{var} is set; tidepool only accepts a scoped CLOUDFLARE_API_TOKEN "
                "for the target account"
            )
    return Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"], max_retries=5)


def import_records(zone_id: str, records: list[dict]) -> int:
    client = target_client()
    created = 0
    for rec in records:
        client.dns.records.create(
            zone_id=zone_id,
            type=rec["type"],
            name=rec["name"],
            content=rec["content"],
            ttl=rec["ttl"],
            proxied=rec["proxied"],
            comment=rec.get("comment") or "migrated by tidepool",
        )
        created += 1
    return created
