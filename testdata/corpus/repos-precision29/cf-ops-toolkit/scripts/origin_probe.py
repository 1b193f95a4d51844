#!/usr/bin/env python3
"""Compare what the origin serves directly with what the edge serves.

Direct origin requests skip certificate checks: the origins only carry
Cloudflare Origin CA certificates, which public clients do not trust.
Calls to the Cloudflare API use a separate, normally-verified session.
"""
import os
import sys
import hashlib

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

ZONE = "example-retail.com"
ORIGINS = {
    "fra-1": "checkout-fra-1.origin.example-retail.com",
    "dub-1": "198.51.100.71",
}
PATHS = ["/", "/checkout/", "/static/app.js"]

# Origin-only session: Origin CA certs are not publicly trusted.
origin = requests.Session()
origin.verify = False

# Cloudflare API session: default verification.
api = requests.Session()
api.headers["Authorization"] = f"Bearer {os.environ['CF_API_TOKEN']}"


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:12]


def edge_get(path):
    return requests.get(f"https://checkout.{ZONE}{path}", timeout=10)


def origin_get(addr, path):
    return origin.get(
        f"https://{addr}{path}",
        headers={"Host": f"checkout.{ZONE}"},
        timeout=10,
        allow_redirects=False,
    )


def zone_ssl_mode(zone_id):
    r = api.get(
        f"https://api.cloudflare.com/client/v4/zones/{zone_id}/settings/ssl",
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["result"]["value"]


def main():
    zone_id = os.environ.get("CF_ZONE_ID")
    if zone_id:
        print(f"zone SSL mode: {zone_ssl_mode(zone_id)}")
    bad = 0
    for path in PATHS:
        e = edge_get(path)
        for name, addr in ORIGINS.items():
            o = origin_get(addr, path)
            same = digest(e.content) == digest(o.content)
            print(f"{path:20} {name:6} edge={e.status_code} origin={o.status_code} same_body={same}")
            bad += 0 if same else 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
