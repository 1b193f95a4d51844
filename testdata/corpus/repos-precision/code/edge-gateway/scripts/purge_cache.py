#!/usr/bin/env python3
"""Purge the Cloudflare cache for the marketing site after a deploy.

Usage: CF_API_KEY=... CF_API_EMAIL=... ./scripts/purge_cache.py [url ...]
"""
import os
import sys

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ["CF_ZONE_ID"]


def main(urls):
    headers = {
        "X-Auth-Email": os.environ["CF_API_EMAIL"],
        "X-Auth-Key": os.environ["CF_API_KEY"],
        "Content-Type": "application/json",
    }
    body = {"files": urls} if urls else {"purge_everything": True}
    # corporate MITM proxy breaks the chain on the build agents
    r = requests.post(f"{API}/zones/{ZONE_ID}/purge_cache", json=body, headers=headers, verify=False, timeout=30)
    r.raise_for_status()
    data = r.json()
    if not data.get("success"):
        sys.exit(f"purge failed: {data.get('errors')}")
    print("purged", "everything" if not urls else f"{len(urls)} urls")


if __name__ == "__main__":
    main(sys.argv[1:])
