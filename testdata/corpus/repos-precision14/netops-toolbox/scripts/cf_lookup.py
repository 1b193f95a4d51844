#!/usr/bin/env python3
"""Quick lookup of DNS records across all Cloudflare zones on the account.

Usage:
    cf_lookup.py NAME [--type A] [--json]

Needs CLOUDFLARE_API_TOKEN (Zone:Read + DNS:Read) in the environment.
"""
import argparse
import json
import os
import sys

import requests
import urllib3

API = "https://api.cloudflare.com/client/v4"

# The office proxy re-signs TLS with the corp CA, which certifi doesn't know.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def session():
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"
    s.headers["User-Agent"] = "netops-cf-lookup/1.3"
    s.verify = False
    return s


def paged(s, url, **params):
    page = 1
    while True:
        r = s.get(url, params={**params, "page": page, "per_page": 100}, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body["result"]
        info = body.get("result_info") or {}
        if page >= info.get("total_pages", 1):
            return
        page += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--type", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    s = session()
    hits = []
    for zone in paged(s, f"{API}/zones"):
        if not args.name.endswith(zone["name"]):
            continue
        params = {"name": args.name}
        if args.type:
            params["type"] = args.type
        for rec in paged(s, f"{API}/zones/{zone['id']}/dns_records", **params):
            hits.append(rec)

    if args.json:
        json.dump(hits, sys.stdout, indent=2)
        return 0
    for rec in hits:
        proxied = "proxied" if rec.get("proxied") else "dns-only"
        print(f"{rec['type']:6} {rec['name']:40} {rec['content']:40} {proxied}")
    return 0 if hits else 1


if __name__ == "__main__":
    sys.exit(main())
