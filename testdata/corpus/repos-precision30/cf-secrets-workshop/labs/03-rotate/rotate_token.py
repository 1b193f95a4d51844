#!/usr/bin/env python3
"""Lab 03: bootstrap a scoped DNS token, then stop using the Global API Key.

Run this ONCE against a test zone on your own account:

    export CF_EMAIL=you@example.com
    export CF_GLOBAL_KEY=...            # from My Profile -> API Tokens
    export CLOUDFLARE_ZONE_ID=...
    python rotate_token.py

It uses the Global API Key one last time to create a token that can only
edit DNS on one zone, prints it once, and verifies it. Then go and roll the
Global key in the dashboard.
"""
import json
import os
import sys
import urllib.request

API = "https://api.cloudflare.com/client/v4"

# Permission group id for "DNS Write" (Zone scope); look yours up with
# GET /user/tokens/permission_groups if this ever changes.
DNS_WRITE = "4755a26eedb94da69e1066d98aa820be"


def call(method, path, headers, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{API}{path}", data=data, method=method)
    for k, v in headers.items():
        req.add_header(k, v)
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=15) as resp:
        out = json.load(resp)
    if not out.get("success"):
        sys.exit(f"API error: {out.get('errors')}")
    return out["result"]


def main():
    email = os.environ["CF_EMAIL"]
    global_key = os.environ["CF_GLOBAL_KEY"]
    zone_id = os.environ["CLOUDFLARE_ZONE_ID"]

    legacy = {
        "X-Auth-Email": email,
        "X-Auth-Key": global_key,
    }

    zone = call("GET", f"/zones/{zone_id}", legacy)
    print(f"Creating a DNS-only token for {zone['name']}")

    token = call("POST", "/user/tokens", legacy, {
        "name": f"dns-edit-{zone['name']}",
        "policies": [{
            "effect": "allow",
            "resources": {f"com.cloudflare.api.account.zone.{zone_id}": "*"},
            "permission_groups": [{"id": DNS_WRITE}],
        }],
    })

    scoped = {"Authorization": f"Bearer {token['value']}"}
    status = call("GET", "/user/tokens/verify", scoped)
    print(f"New token {token['id']} is {status['status']}.")
    print("Store this now; it will not be shown again:\n")
    print(token["value"])
    print("\nNext: export CLOUDFLARE_API_TOKEN=<that value>, then roll the Global API Key.")


if __name__ == "__main__":
    main()
