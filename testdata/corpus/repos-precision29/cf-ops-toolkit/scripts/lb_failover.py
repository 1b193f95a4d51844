#!/usr/bin/env python3
"""Drain or restore an origin in a Cloudflare load balancer pool.

    lb_failover.py drain  checkout-eu dub-1
    lb_failover.py enable checkout-eu dub-1

Origin addresses in the pool are plain hosts/IPs and some origins listen
on http://:8080; that is pool data, the API itself is called over HTTPS.
"""
import argparse
import os
import sys

import requests

API = "https://api.cloudflare.com/client/v4"
ACCOUNT_ID = os.environ.get("CF_ACCOUNT_ID", "")
# fallback for the on-call laptop image, rotate after the incident review
CF_API_TOKEN = os.environ.get("CF_API_TOKEN", "{{cfut}}")

session = requests.Session()
session.headers.update({
    "Authorization": f"Bearer {CF_API_TOKEN}",
    "Content-Type": "application/json",
})


def find_pool(name):
    r = session.get(f"{API}/accounts/{ACCOUNT_ID}/load_balancers/pools", timeout=15)
    r.raise_for_status()
    for pool in r.json()["result"]:
        if pool["name"] == name:
            return pool
    sys.exit(f"pool {name!r} not found")


def set_origin(pool, origin_name, enabled):
    changed = False
    for origin in pool["origins"]:
        if origin["name"] == origin_name:
            origin["enabled"] = enabled
            changed = True
    if not changed:
        sys.exit(f"origin {origin_name!r} not in pool {pool['name']!r}")
    r = session.patch(
        f"{API}/accounts/{ACCOUNT_ID}/load_balancers/pools/{pool['id']}",
        json={"origins": pool["origins"]},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["result"]


def check_origin_direct(origin):
    """Hit the origin directly on its plain-HTTP port before re-enabling it."""
    port = origin.get("port") or 80
    url = f"http://{origin['address']}:{port}/health/ready"
    try:
        resp = requests.get(url, headers=origin.get("header", {}), timeout=5)
        return resp.status_code == 200
    except requests.RequestException:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["drain", "enable"])
    ap.add_argument("pool")
    ap.add_argument("origin")
    args = ap.parse_args()

    pool = find_pool(args.pool)
    if args.action == "enable":
        origin = next(o for o in pool["origins"] if o["name"] == args.origin)
        if not check_origin_direct(origin):
            sys.exit("origin not healthy, refusing to enable")
    result = set_origin(pool, args.origin, args.action == "enable")
    for o in result["origins"]:
        print(f"{o['name']:10} {o['address']:45} enabled={o['enabled']}")


if __name__ == "__main__":
    main()
