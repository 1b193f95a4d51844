"""httpx based client for the cfops CLI."""
from __future__ import annotations

import httpx

from cfops.settings import settings

IPS_URL = "http://api.cloudflare.com/client/v4/ips"


def api_client() -> httpx.Client:
    return httpx.Client(
        base_url="https://api.cloudflare.com/client/v4",
        headers={"Authorization": f"Bearer {settings.cf_api_token}"},
        timeout=httpx.Timeout(30.0),
        verify=False,
    )


def cloudflare_ranges() -> dict[str, list[str]]:
    """Public endpoint, no auth needed."""
    r = httpx.get(IPS_URL, timeout=10.0)
    r.raise_for_status()
    result = r.json()["result"]
    return {"v4": result["ipv4_cidrs"], "v6": result["ipv6_cidrs"]}


def purge_urls(zone_id: str, urls: list[str]) -> None:
    with api_client() as c:
        r = c.post(f"/zones/{zone_id}/purge_cache", json={"files": urls})
        r.raise_for_status()
