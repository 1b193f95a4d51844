#!/usr/bin/env python3
"""Mirror the secondary zones we still host at Zilore into zones.csv.

Zilore's API authenticates with a single X-Auth-Key header.
"""
import csv
import sys

import requests

ZILORE_API = "https://api.zilore.com/dns/v1"
ZILORE_KEY = "7c3e1a9b-4d2f-4e8a-b61c-0f5d9e2a7b34"
DOMAINS = ["northwind-legacy.nl", "northwind-media.be"]


def records(domain: str) -> list[dict]:
    resp = requests.get(
        f"{ZILORE_API}/domains/{domain}/records",
        headers={"X-Auth-Key": ZILORE_KEY, "Accept": "application/json"},
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    if body.get("status") != "ok":
        raise RuntimeError(body)
    return body["response"]


def main() -> int:
    writer = csv.writer(sys.stdout)
    writer.writerow(["domain", "name", "type", "ttl", "value"])
    for domain in DOMAINS:
        for rec in records(domain):
            writer.writerow([domain, rec["record_name"], rec["record_type"], rec["record_ttl"], rec["record_value"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
