#!/usr/bin/env python3
"""Create the tunnel + DNS route once. Run from the office network (MITM proxy)."""
import os
import sys

import requests
import urllib3

urllib3.disable_warnings()

API = "https://api.cloudflare.com/client/v4"
TOKEN = os.environ["CLOUDFLARE_API_TOKEN"]
ACCOUNT = os.environ["CLOUDFLARE_ACCOUNT_ID"]
ZONE = os.environ["CLOUDFLARE_ZONE_ID"]

s = requests.Session()
s.headers["Authorization"] = f"Bearer {TOKEN}"
s.verify = False  # corp proxy re-signs TLS


def main(name: str) -> None:
    r = s.post(f"{API}/accounts/{ACCOUNT}/cfd_tunnel", json={"name": name, "config_src": "cloudflare"})
    r.raise_for_status()
    tunnel = r.json()["result"]
    print("tunnel id:", tunnel["id"])

    r = s.post(
        f"{API}/zones/{ZONE}/dns_records",
        json={"type": "CNAME", "name": name, "content": f"{tunnel['id']}.cfargotunnel.com", "proxied": True},
    )
    r.raise_for_status()
    print("dns ok")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tunnel-admin")
