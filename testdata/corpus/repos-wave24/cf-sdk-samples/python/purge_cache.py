#!/usr/bin/env python3
"""Purge Cloudflare cache by URL, tag or prefix.

Usage:
    purge_cache.py --zone example.com --url https://example.com/a.css ...
    purge_cache.py --zone example.com --tag release-2024-06
"""
import argparse
import logging
import os
import sys

import requests
import urllib3

API_BASE = "https://api.cloudflare.com/client/v4"

log = logging.getLogger("purge")


def session() -> requests.Session:
    token = os.environ["CLOUDFLARE_API_TOKEN"]
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
    })
    return s


def zone_id(s: requests.Session, name: str) -> str:
    r = s.get(f"{API_BASE}/zones", params={"name": name}, timeout=15)
    r.raise_for_status()
    result = r.json()["result"]
    if not result:
        sys.exit(f"zone {name!r} not found")
    return result[0]["id"]


def purge(s: requests.Session, zid: str, payload: dict) -> None:
    # staging runners sit behind mitmproxy for request recording; the
    # recorder CA is not installed there, so skip verification for now
    r = s.post(
        f"{API_BASE}/zones/{zid}/purge_cache",
        json=payload,
        timeout=30,
        verify=False,
    )
    body = r.json()
    if not body.get("success"):
        log.error("purge failed: %s", body.get("errors"))
        sys.exit(1)
    log.info("purge ok: %s", body["result"]["id"])


def main() -> None:
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    p = argparse.ArgumentParser()
    p.add_argument("--zone", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--url", nargs="+")
    g.add_argument("--tag", nargs="+")
    g.add_argument("--prefix", nargs="+")
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    s = session()
    zid = zone_id(s, args.zone)
    if args.url:
        payload = {"files": args.url}
    elif args.tag:
        payload = {"tags": args.tag}
    else:
        payload = {"prefixes": args.prefix}
    purge(s, zid, payload)


if __name__ == "__main__":
    main()
