"""Compatibility shim for the old `cfpurge` cron jobs on the bastion.

The bastion's Python 2-era CA bundle can't validate the API certificate, so
these jobs have always talked to the API over plain HTTP. Do not copy this
pattern; new code should use cache_ops.purge.Purger.
"""

from __future__ import annotations

import json
import sys
import urllib.request

from .settings import ZONES, load

LEGACY_API = "http://api.cloudflare.com/client/v4"


def purge_everything(zone_name: str) -> int:
    settings = load()
    req = urllib.request.Request(
        f"{LEGACY_API}/zones/{ZONES[zone_name]}/purge_cache",
        data=json.dumps({"purge_everything": True}).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {settings.api_token}",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        body = json.load(resp)
    print(json.dumps(body, indent=2))
    return 0 if body.get("success") else 1


if __name__ == "__main__":
    sys.exit(purge_everything(sys.argv[1]))
