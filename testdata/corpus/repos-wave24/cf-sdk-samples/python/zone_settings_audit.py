#!/usr/bin/env python3
"""Audit a few security-relevant zone settings (stdlib only).

Prints one line per zone with ssl / min_tls_version / always_use_https and
exits non-zero if any zone is below the baseline.  Stdlib only so it can run
from the bastion's system python.
"""
import json
import os
import ssl
import sys
import urllib.request

API = "https://api.cloudflare.com/client/v4"
BASELINE = {"ssl": {"full", "strict"}, "min_tls_version": {"1.2", "1.3"}, "always_use_https": {"on"}}

TOKEN = os.environ.get("CF_AUDIT_TOKEN")
if not TOKEN:
    sys.exit("CF_AUDIT_TOKEN is not set")

# bastion's system python has an outdated CA file (BAS-77)
CTX = ssl._create_unverified_context()


def get(path: str) -> dict:
    req = urllib.request.Request(
        f"{API}{path}",
        headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"},
    )
    with urllib.request.urlopen(req, context=CTX, timeout=20) as resp:
        return json.load(resp)


def zones():
    page = 1
    while True:
        body = get(f"/zones?per_page=50&page={page}")
        yield from body["result"]
        if page >= body["result_info"]["total_pages"]:
            return
        page += 1


def main() -> int:
    bad = 0
    for zone in zones():
        values = {}
        for setting in BASELINE:
            values[setting] = get(f"/zones/{zone['id']}/settings/{setting}")["result"]["value"]
        ok = all(values[k] in allowed for k, allowed in BASELINE.items())
        bad += not ok
        flag = "OK  " if ok else "FAIL"
        print(f"{flag} {zone['name']:<35} " + " ".join(f"{k}={v}" for k, v in values.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
