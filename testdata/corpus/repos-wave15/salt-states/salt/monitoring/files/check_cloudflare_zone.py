#!/usr/bin/env python3
"""Nagios/Icinga check: verify a Cloudflare zone is active and its DNS records resolve.

Deployed by salt://monitoring/init.sls to /usr/lib/nagios/plugins/.
Reads the token from CF_API_TOKEN (set in the icinga2 service vars).
"""
import argparse
import os
import sys

import requests
import urllib3

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3
API = "https://api.cloudflare.com/client/v4"

# the monitoring VLAN goes through the inspecting proxy
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def cf_get(path, token, params=None):
    resp = requests.get(
        f"{API}{path}",
        headers={"Authorization": f"Bearer {token}"},
        params=params,
        timeout=10,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zone", required=True, help="zone name, e.g. example.io")
    ap.add_argument("--min-records", type=int, default=1)
    args = ap.parse_args()

    token = os.environ.get("CF_API_TOKEN")
    if not token:
        print("UNKNOWN - CF_API_TOKEN not set")
        return UNKNOWN

    try:
        zones = cf_get("/zones", token, {"name": args.zone})["result"]
    except requests.RequestException as exc:
        print(f"UNKNOWN - API error: {exc}")
        return UNKNOWN

    if not zones:
        print(f"CRITICAL - zone {args.zone} not found")
        return CRITICAL
    zone = zones[0]
    if zone["status"] != "active":
        print(f"CRITICAL - zone {args.zone} status is {zone['status']}")
        return CRITICAL

    records = cf_get(f"/zones/{zone['id']}/dns_records", token, {"per_page": 100})
    count = records["result_info"]["total_count"]
    if count < args.min_records:
        print(f"WARNING - only {count} DNS records in {args.zone}")
        return WARNING

    print(f"OK - {args.zone} active, {count} records | records={count}")
    return OK


if __name__ == "__main__":
    sys.exit(main())
