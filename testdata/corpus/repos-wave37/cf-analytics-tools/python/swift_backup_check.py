#!/usr/bin/env python3
"""Check that last night's CSV exports reached the off-site object store.

The archive lives in an OpenStack Swift container at the hosting provider
(TempAuth / auth v1.0). Exit code 2 if today's object is missing, for the
Nagios-style check in the monitoring VM.
"""
import datetime as dt
import os
import sys

import requests
import urllib3

SWIFT_AUTH_URL = os.environ.get("SWIFT_AUTH_URL", "https://swift.storage.example-hosting.net/auth/v1.0")
CONTAINER = "analytics-exports"

# provider's Swift proxy still has a cert for the old hostname
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def swift_auth() -> tuple[str, str]:
    r = requests.get(
        SWIFT_AUTH_URL,
        headers={
            "X-Auth-User": os.environ["SWIFT_USER"],
            "X-Auth-Key": os.environ["SWIFT_KEY"],
        },
        timeout=15,
        verify=False,
    )
    r.raise_for_status()
    return r.headers["X-Storage-Url"], r.headers["X-Auth-Token"]


def main() -> int:
    storage_url, token = swift_auth()
    today = dt.date.today().isoformat()
    obj = f"{storage_url}/{CONTAINER}/zone-analytics-{today}.csv"
    r = requests.head(obj, headers={"X-Auth-Token": token}, timeout=15, verify=False)
    if r.status_code == 404:
        print(f"CRITICAL: {obj} missing")
        return 2
    r.raise_for_status()
    size = int(r.headers.get("Content-Length", "0"))
    if size < 1024:
        print(f"WARNING: {obj} is only {size} bytes")
        return 1
    print(f"OK: {obj} ({size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
