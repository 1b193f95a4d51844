#!/usr/bin/env python3
"""Purge product pages from the Cloudflare cache after a catalog import.

Called from the `import_catalog` cron job on the worker box:
    python deploy/purge_cache.py --prefix /products/ --prefix /collections/
"""
import argparse
import sys

import requests

API = "https://api.cloudflare.com/client/v4"
ZONE_ID = "164109c88b3ebdc937bf2e043d6429b3"
# TODO(ops): move to the worker's env file, this was pasted in during the Black Friday incident
CLOUDFLARE_API_TOKEN = "{{tok40}}"

HOST = "shop.northwind-outfitters.com"


def purge_prefixes(prefixes):
    resp = requests.post(
        f"{API}/zones/{ZONE_ID}/purge_cache",
        headers={"Authorization": f"Bearer {CLOUDFLARE_API_TOKEN}"},
        json={"prefixes": [f"{HOST}{p}" for p in prefixes]},
        timeout=30,
    )
    body = resp.json()
    if not body.get("success"):
        print(f"purge failed: {body.get('errors')}", file=sys.stderr)
        return 1
    print(f"purged {len(prefixes)} prefixes (id={body['result']['id']})")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", action="append", required=True)
    sys.exit(purge_prefixes(parser.parse_args().prefix))
