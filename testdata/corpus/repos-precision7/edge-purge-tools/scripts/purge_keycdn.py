#!/usr/bin/env python3
"""Purge KeyCDN zone for the EU mirror and record the purge in the CDN
inventory service.

Cloudflare purges go through scripts/purge_all.sh (api.cloudflare.com,
token auth). This file only talks to KeyCDN and to our inventory service.
"""
import os
import sys

import requests
import urllib3

KEYCDN_API = "https://api.keycdn.com"
KEYCDN_ZONE_ID = "221874"
KEYCDN_API_KEY = "e1gCTWx3JeeFte9GR4Y7ZKhoQNuv2D5B"

# internal inventory service, self-signed cert from the lab CA
INVENTORY_URL = os.environ.get("INVENTORY_URL", "https://cdn-inventory.int.example-shop.net")

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def purge_urls(urls):
    resp = requests.delete(
        f"{KEYCDN_API}/zones/purgeurl/{KEYCDN_ZONE_ID}.json",
        auth=(KEYCDN_API_KEY, ""),
        json={"urls": urls},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def record(urls, result):
    requests.post(
        f"{INVENTORY_URL}/api/purges",
        json={"cdn": "keycdn", "zone": KEYCDN_ZONE_ID, "urls": urls, "result": result},
        verify=False,
        timeout=10,
    )


def main():
    urls = [u.replace("https://", "") for u in sys.argv[1:]]
    if not urls:
        print("usage: purge_keycdn.py <url> [url...]", file=sys.stderr)
        return 2
    result = purge_urls(urls)
    record(urls, result)
    print(result.get("description", result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
