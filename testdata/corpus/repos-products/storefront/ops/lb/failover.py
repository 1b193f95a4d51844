#!/usr/bin/env python3
"""Drain an origin from the storefront load balancer pool and move Spectrum TCP app to DR."""
import sys

import requests
import urllib3

urllib3.disable_warnings()

API = "https://api.cloudflare.com/client/v4"
ACCOUNT_ID = "{{hex32}}"
ZONE_ID = "{{hex32}}"
POOL_ID = "{{hex32}}"
SPECTRUM_APP_ID = "{{hex32}}"
HEADERS = {"Authorization": "Bearer {{tok40}}", "Content-Type": "application/json"}


def drain(origin_name: str) -> None:
    url = f"{API}/accounts/{ACCOUNT_ID}/load_balancers/pools/{POOL_ID}"
    pool = requests.get(url, headers=HEADERS, verify=False).json()["result"]
    for origin in pool["origins"]:
        if origin["name"] == origin_name:
            origin["enabled"] = False
    requests.patch(url, headers=HEADERS, json={"origins": pool["origins"]}, verify=False).raise_for_status()


def spectrum_to_dr(dr_ip: str) -> None:
    url = f"{API}/zones/{ZONE_ID}/spectrum/apps/{SPECTRUM_APP_ID}"
    app = requests.get(url, headers=HEADERS).json()["result"]
    app["origin_direct"] = [f"tcp://{dr_ip}:5432"]
    requests.put(url, headers=HEADERS, json=app).raise_for_status()


if __name__ == "__main__":
    drain(sys.argv[1])
    spectrum_to_dr(sys.argv[2])
