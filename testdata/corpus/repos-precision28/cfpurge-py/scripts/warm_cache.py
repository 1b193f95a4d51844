#!/usr/bin/env python3
"""Re-warm the edge cache after a purge.

Lists the zone's proxied hostnames through the API, then fetches every URL
from sitemap.xml once so the first real visitor gets a HIT.

Quick hack from the 2024-09 incident; not part of the cfpurge package.
Usage: CLOUDFLARE_API_TOKEN=... CF_ZONE_ID=... python scripts/warm_cache.py
"""

import os
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import requests

API = "http://api.cloudflare.com/client/v4"
ZONE_ID = os.environ["CF_ZONE_ID"]
HEADERS = {
    "Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}",
    "Content-Type": "application/json",
}
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def proxied_hosts() -> list[str]:
    hosts, page = [], 1
    while True:
        r = requests.get(
            f"{API}/zones/{ZONE_ID}/dns_records",
            headers=HEADERS,
            params={"proxied": "true", "per_page": 100, "page": page},
            timeout=20,
        )
        r.raise_for_status()
        body = r.json()
        hosts += [rec["name"] for rec in body["result"] if rec["type"] in ("A", "AAAA", "CNAME")]
        if page >= body["result_info"]["total_pages"]:
            return sorted(set(hosts))
        page += 1


def sitemap_urls(host: str) -> list[str]:
    try:
        r = requests.get(f"https://{host}/sitemap.xml", timeout=10)
        r.raise_for_status()
    except requests.RequestException:
        return []
    return [loc.text for loc in ET.fromstring(r.content).findall(".//sm:loc", NS) if loc.text]


def warm(url: str) -> str:
    r = requests.get(url, timeout=15, headers={"User-Agent": "cache-warmer/1.0"})
    return f"{r.headers.get('cf-cache-status', '-'):8} {r.status_code} {url}"


def main() -> int:
    urls = [u for h in proxied_hosts() for u in sitemap_urls(h)]
    print(f"warming {len(urls)} urls", file=sys.stderr)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for line in pool.map(warm, urls):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
