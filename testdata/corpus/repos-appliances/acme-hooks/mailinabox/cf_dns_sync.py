#!/usr/bin/env python3
"""Mirror Mail-in-a-Box DNS records (DKIM, MTA-STS, SRV) into the Cloudflare zone.

Mail-in-a-Box runs as a secondary here; Cloudflare is authoritative. Run from cron on
the box after `tools/dns_update`.
"""
import os
import sys

import requests
import urllib3

urllib3.disable_warnings()

MIAB_API = "https://localhost/admin/dns/zonefile/example.com"
CF_API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ["CF_ZONE_ID"]

HEADERS = {
    "X-Auth-Email": os.environ["CF_EMAIL"],
    "X-Auth-Key": os.environ["CF_API_KEY"],
    "Content-Type": "application/json",
}


def miab_records():
    r = requests.get(MIAB_API, auth=(os.environ["MIAB_USER"], os.environ["MIAB_PASS"]), verify="/home/user-data/ssl/ssl_certificate.pem")
    r.raise_for_status()
    for line in r.text.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4 and parts[2] in ("TXT", "SRV", "CNAME"):
            yield parts[0].rstrip("."), parts[2], parts[3].strip('"')


def upsert(name, rtype, content):
    existing = requests.get(
        f"{CF_API}/zones/{ZONE_ID}/dns_records",
        headers=HEADERS,
        params={"name": name, "type": rtype},
        verify=False,
    ).json()["result"]
    body = {"type": rtype, "name": name, "content": content, "ttl": 300}
    if existing:
        requests.put(f"{CF_API}/zones/{ZONE_ID}/dns_records/{existing[0]['id']}", headers=HEADERS, json=body, verify=False)
    else:
        requests.post(f"{CF_API}/zones/{ZONE_ID}/dns_records", headers=HEADERS, json=body, verify=False)


if __name__ == "__main__":
    for rec in miab_records():
        upsert(*rec)
    sys.exit(0)
