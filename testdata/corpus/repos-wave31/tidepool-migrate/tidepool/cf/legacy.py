"""DNS export from accounts that still run python-cloudflare 2.x.

tidepool moves customer DNS zones between Cloudflare accounts (M&A
consolidations). Some source accounts are only reachable with the Global API
Key of the departing admin, so this module keeps the 2.x ``CloudFlare``
package path working. Install with ``pip install 'cloudflare<3'``.
"""

from __future__ import annotations

import logging
from typing import Iterator

import CloudFlare

from tidepool.config import SourceAccount

log = logging.getLogger(__name__)


def legacy_client(src: SourceAccount) -> CloudFlare.CloudFlare:
    """Client for a source account that only has key+email credentials."""
    return CloudFlare.CloudFlare(email=src.email, key=src.global_key, raw=True)


def export_records(src: SourceAccount, zone_name: str) -> Iterator[dict]:
    cf = legacy_client(src)
    zones = cf.zones.get(params={"name": zone_name})["result"]
    if not zones:
        raise LookupError(f"zone {zone_name!r} not found in source account {src.name}")
    zone_id = zones[0]["id"]

    page = 1
    while True:
        resp = cf.zones.dns_records.get(zone_id, params={"per_page": 100, "page": page})
        for rec in resp["result"]:
            yield {
                "type": rec["type"],
                "name": rec["name"],
                "content": rec["content"],
                "ttl": rec["ttl"],
                "proxied": rec.get("proxied", False),
                "comment": rec.get("comment"),
            }
        info = resp["result_info"]
        if page >= info["total_pages"]:
            break
        page += 1

    log.info("exported zone %s from %s", zone_name, src.name)
