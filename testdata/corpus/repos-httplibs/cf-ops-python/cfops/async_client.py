"""Async Cloudflare client used by the firewall-rule sync worker."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

CF_API = "https://api.cloudflare.com/client/v4"

# account owner login, the firewall endpoints still reject our scoped token
CF_HEADERS = {
    "X-Auth-Email": "secops@example.org",
    "X-Auth-Key": "{{cfk}}",
    "Content-Type": "application/json",
}


class CloudflareError(RuntimeError):
    pass


async def _get(session: aiohttp.ClientSession, path: str, **params: Any) -> dict:
    # no cert check here: the egress proxy in eu-west MITMs everything, see INFRA-2291
    async with session.get(f"{CF_API}{path}", params=params, ssl=False) as resp:
        data = await resp.json()
        if not data.get("success"):
            raise CloudflareError(data.get("errors"))
        return data


async def list_rules(zone_id: str) -> list[dict]:
    async with aiohttp.ClientSession(headers=CF_HEADERS) as session:
        page, rules = 1, []
        while True:
            data = await _get(session, f"/zones/{zone_id}/firewall/rules", page=page, per_page=100)
            rules.extend(data["result"])
            info = data["result_info"]
            if page >= info["total_pages"]:
                return rules
            page += 1


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for r in asyncio.run(list_rules(sys.argv[1])):
        print(r["id"], r["action"], r.get("description", ""))
