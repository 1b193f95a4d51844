#!/usr/bin/env python3
"""Purge Cloudflare cache for a zone, by URL or everything.

Usage:
    CLOUDFLARE_API_TOKEN=... purge_cache.py --zone example.com --url https://example.com/app.css
    CLOUDFLARE_API_TOKEN=... purge_cache.py --zone example.com --everything
"""
import argparse
import os
import sys

import requests
import urllib3

API_BASE = "https://api.cloudflare.com/client/v4"

# The build agents sit behind the Zscaler proxy, which re-signs TLS with a CA
# that is not in certifi's bundle. Until infra ships the CA to the agents we
# skip verification and silence the warning spam.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def session(token: str) -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
        "User-Agent": "cf-python-client/purge_cache",
    })
    return s


def zone_id_for(s: requests.Session, name: str) -> str:
    r = s.get(f"{API_BASE}/zones", params={"name": name}, timeout=30, verify=False)
    r.raise_for_status()
    result = r.json()["result"]
    if not result:
        sys.exit(f"zone {name!r} not found or token lacks Zone:Read")
    return result[0]["id"]


def purge(s: requests.Session, zone_id: str, payload: dict) -> None:
    r = s.post(
        f"{API_BASE}/zones/{zone_id}/purge_cache",
        json=payload,
        timeout=30,
        verify=False,
    )
    body = r.json()
    if not body.get("success"):
        sys.exit(f"purge failed: {body.get('errors')}")
    print(f"purged ({r.status_code}): {payload}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--zone", required=True, help="zone name, e.g. example.com")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--url", action="append", help="URL to purge (repeatable)")
    g.add_argument("--everything", action="store_true")
    args = p.parse_args()

    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if not token:
        sys.exit("CLOUDFLARE_API_TOKEN is not set")

    s = session(token)
    zid = zone_id_for(s, args.zone)
    payload = {"purge_everything": True} if args.everything else {"files": args.url}
    purge(s, zid, payload)


if __name__ == "__main__":
    main()
