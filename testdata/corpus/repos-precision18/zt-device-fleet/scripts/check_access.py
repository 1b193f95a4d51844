#!/usr/bin/env python3
"""Sanity checks for Access service tokens.

  check_access.py --app inventory      call the app through Access with the service token
  check_access.py --expiring           list service tokens expiring within 30 days

Credentials come from the environment only:
  CF_ACCESS_CLIENT_ID / CF_ACCESS_CLIENT_SECRET   the service token under test
  CLOUDFLARE_API_TOKEN / CLOUDFLARE_ACCOUNT_ID    read-only API token for --expiring
"""
import argparse
import datetime as dt
import os
import sys

import requests
import urllib3

APPS = {
    "inventory": "https://inventory.internal.acme-shop.com/v1/health",
    "grafana": "https://grafana.acme-shop.com/api/health",
}
# Direct origin checks bypass Access; the appliance uses a self-signed cert.
ORIGINS = {
    "inventory": "https://10.20.0.15:8443/healthz",
}
CF_API = "https://api.cloudflare.com/client/v4"


def check_app(name: str) -> bool:
    headers = {
        "CF-Access-Client-Id": os.environ["CF_ACCESS_CLIENT_ID"],
        "CF-Access-Client-Secret": os.environ["CF_ACCESS_CLIENT_SECRET"],
    }
    r = requests.get(APPS[name], headers=headers, timeout=10, allow_redirects=False)
    print(f"{name} via Access: HTTP {r.status_code}")
    ok = r.status_code == 200

    if name in ORIGINS:
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        o = requests.get(ORIGINS[name], timeout=5, verify=False)
        print(f"{name} origin:     HTTP {o.status_code}")
        ok = ok and o.ok
    return ok


def expiring(days: int = 30) -> int:
    account = os.environ["CLOUDFLARE_ACCOUNT_ID"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"
    r = session.get(f"{CF_API}/accounts/{account}/access/service_tokens", timeout=15)
    r.raise_for_status()
    horizon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=days)
    count = 0
    for tok in r.json()["result"]:
        exp = dt.datetime.fromisoformat(tok["expires_at"].replace("Z", "+00:00"))
        if exp < horizon:
            print(f"{tok['name']:<32} {tok['client_id']}  expires {exp:%Y-%m-%d}")
            count += 1
    return count


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--app", choices=sorted(APPS))
    p.add_argument("--expiring", action="store_true")
    args = p.parse_args()
    if args.app:
        return 0 if check_app(args.app) else 1
    if args.expiring:
        expiring()
        return 0
    p.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
