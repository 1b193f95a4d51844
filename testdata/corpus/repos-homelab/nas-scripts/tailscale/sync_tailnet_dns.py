#!/usr/bin/env python3
"""Publish tailnet device IPs as DNS-only records under ts.example.de.

Needs CLOUDFLARE_API_TOKEN (Zone.DNS edit on example.de) and TAILSCALE_API_KEY in the
environment (systemd unit uses LoadCredential=, see tailscale-dns-sync.service).
"""
import os

import requests

CF_API = "https://api.cloudflare.com/client/v4"
ZONE_ID = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"
TS_API = "https://api.tailscale.com/api/v2/tailnet/-/devices"


def cf_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"
    return s


def tailnet_devices():
    r = requests.get(TS_API, auth=(os.environ["TAILSCALE_API_KEY"], ""), timeout=10)
    r.raise_for_status()
    for d in r.json()["devices"]:
        yield d["hostname"].lower(), d["addresses"][0]


def main():
    cf = cf_session()
    existing = {
        rec["name"]: rec
        for rec in cf.get(f"{CF_API}/zones/{ZONE_ID}/dns_records", params={"per_page": 500}, timeout=10).json()["result"]
    }
    for host, ip in tailnet_devices():
        name = f"{host}.ts.example.de"
        body = {"type": "A", "name": name, "content": ip, "ttl": 300, "proxied": False}
        if name in existing:
            cf.put(f"{CF_API}/zones/{ZONE_ID}/dns_records/{existing[name]['id']}", json=body, timeout=10)
        else:
            cf.post(f"{CF_API}/zones/{ZONE_ID}/dns_records", json=body, timeout=10)


if __name__ == "__main__":
    main()
