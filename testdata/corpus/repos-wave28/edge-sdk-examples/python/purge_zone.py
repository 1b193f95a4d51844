#!/usr/bin/env python3
"""Purge everything in a zone, or a list of tags, with python-cloudflare (2.x).

Credentials are taken from the CLOUDFLARE_EMAIL / CLOUDFLARE_API_KEY environment.

    python purge_zone.py example.com
    python purge_zone.py example.com --tag product-123 --tag product-456
"""
import argparse
import os
import sys

import CloudFlare


def get_client():
    email = os.environ.get("CLOUDFLARE_EMAIL")
    key = os.environ.get("CLOUDFLARE_API_KEY")
    if not email or not key:
        sys.exit("CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY must both be set")
    return CloudFlare.CloudFlare(email=email, key=key, raw=False)


def zone_id_for(cf, name):
    zones = cf.zones.get(params={"name": name, "per_page": 1})
    if not zones:
        sys.exit(f"zone {name!r} not found")
    return zones[0]["id"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("zone")
    parser.add_argument("--tag", action="append", default=[], help="cache tag to purge (Enterprise)")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    cf = get_client()
    zone_id = zone_id_for(cf, args.zone)

    if args.tag:
        payload = {"tags": args.tag}
    else:
        payload = {"purge_everything": True}

    if args.dry_run:
        print(f"would POST /zones/{zone_id}/purge_cache {payload}")
        return 0

    try:
        result = cf.zones.purge_cache.post(zone_id, data=payload)
    except CloudFlare.exceptions.CloudFlareAPIError as exc:
        print(f"purge failed: {exc}", file=sys.stderr)
        return 1

    print(f"purge accepted for {args.zone}: {result['id']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
