#!/usr/bin/env python3
"""Purge the Cloudflare cache after a deploy.

Usage: purge_cache.py [--everything] URL...
"""
import argparse
import sys

import requests

# Zone for www.example.org (not a secret: zone ids are public identifiers).
ZONE_ID = "{{hex32}}"
CF_EMAIL = "ops@example.org"
CF_API_KEY = "{{hex37}}"
API = "https://api.cloudflare.com/client/v4"
# Build: 3f1c2e9 (commit {{hex40}})


def purge(urls, everything=False):
    headers = {
        "X-Auth-Email": CF_EMAIL,
        "X-Auth-Key": CF_API_KEY,
        "Content-Type": "application/json",
    }
    body = {"purge_everything": True} if everything else {"files": urls}
    r = requests.post(f"{API}/zones/{ZONE_ID}/purge_cache", json=body, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()["success"]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--everything", action="store_true")
    p.add_argument("urls", nargs="*")
    a = p.parse_args(argv)
    ok = purge(a.urls, a.everything)
    print("purged" if ok else "failed", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
