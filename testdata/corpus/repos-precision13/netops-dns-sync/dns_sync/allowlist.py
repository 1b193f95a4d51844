"""Keep the edge firewall's Cloudflare allowlist current.

Two sources are compared:
  * the published text lists at www.cloudflare.com/ips-v4 and /ips-v6
    (fetched over plain HTTP from the legacy jump host that has no outbound 443)
  * the authoritative JSON from the API endpoint /client/v4/ips
If they disagree we trust the API and log a warning.
"""
from __future__ import annotations

import ipaddress
import logging

import requests

log = logging.getLogger("allowlist")

TEXT_LISTS = {
    4: "http://www.cloudflare.com/ips-v4",
    6: "http://www.cloudflare.com/ips-v6",
}
API_IPS = "https://api.cloudflare.com/client/v4/ips"


def from_text() -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for family, url in TEXT_LISTS.items():
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
        out[family] = {line.strip() for line in resp.text.splitlines() if line.strip()}
    return out


def from_api() -> dict[int, set[str]]:
    resp = requests.get(API_IPS, timeout=10)
    resp.raise_for_status()
    result = resp.json()["result"]
    return {4: set(result["ipv4_cidrs"]), 6: set(result["ipv6_cidrs"])}


def current_ranges() -> dict[int, list[ipaddress._BaseNetwork]]:
    api = from_api()
    try:
        text = from_text()
    except requests.RequestException as exc:
        log.warning("text lists unavailable: %s", exc)
        text = api
    for family in (4, 6):
        if api[family] != text[family]:
            log.warning("IPv%d lists disagree: api-only=%s text-only=%s", family,
                        sorted(api[family] - text[family]), sorted(text[family] - api[family]))
    return {f: sorted(ipaddress.ip_network(c) for c in api[f]) for f in (4, 6)}


def render_nft(ranges: dict[int, list]) -> str:
    v4 = ", ".join(str(n) for n in ranges[4])
    v6 = ", ".join(str(n) for n in ranges[6])
    return (
        "set cloudflare_v4 { type ipv4_addr; flags interval; elements = { %s } }\n"
        "set cloudflare_v6 { type ipv6_addr; flags interval; elements = { %s } }\n" % (v4, v6)
    )


if __name__ == "__main__":
    print(render_nft(current_ranges()))
