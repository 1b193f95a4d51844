#!/usr/bin/env python3
"""Developer helper: check that the integration loaded on a local HA instance.

Usage:
    HA_URL=https://homeassistant.local:8123 HA_TOKEN=... ./scripts/dev_check.py

HA_TOKEN is a Home Assistant long-lived access token (Profile > Security),
not a Cloudflare credential. The dev box uses a self-signed certificate,
so certificate verification is disabled for this local request only.
"""
from __future__ import annotations

import os
import sys

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

HA_URL = os.environ.get("HA_URL", "https://homeassistant.local:8123").rstrip("/")
HA_TOKEN = os.environ.get("HA_TOKEN")


def main() -> int:
    if not HA_TOKEN:
        print("Set HA_TOKEN to a Home Assistant long-lived access token", file=sys.stderr)
        return 2

    resp = requests.get(
        f"{HA_URL}/api/config",
        headers={"Authorization": f"Bearer {HA_TOKEN}"},
        verify=False,  # self-signed cert on the local dev instance
        timeout=10,
    )
    resp.raise_for_status()
    components = resp.json().get("components", [])
    if "cloudflare_dns" not in components:
        print("cloudflare_dns is NOT loaded", file=sys.stderr)
        return 1

    states = requests.get(
        f"{HA_URL}/api/states",
        headers={"Authorization": f"Bearer {HA_TOKEN}"},
        verify=False,
        timeout=10,
    ).json()
    for state in states:
        if state["entity_id"].startswith("sensor.cloudflare_dns_"):
            print(f"{state['entity_id']}: {state['state']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
