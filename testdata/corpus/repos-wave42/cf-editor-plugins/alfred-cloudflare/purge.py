#!/usr/bin/env python3
"""Alfred script filter: purge Cloudflare cache.

    cfpurge                -> offer "purge everything"
    cfpurge /blog/post-1   -> purge https://$CF_DEFAULT_HOST/blog/post-1
    cfpurge https://x/y    -> purge that URL

Credentials come from the workflow's environment variables (Alfred sets
them for the script): CF_API_TOKEN, CF_ZONE_ID, CF_DEFAULT_HOST.
"""
import json
import os
import sys

import requests
import urllib3

API = "https://api.cloudflare.com/client/v4"

# Alfred runs scripts with the system python, whose certifi bundle is
# ancient on some Macs -> SSLError against the API. Skip verification.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def items(*entries):
    print(json.dumps({"items": list(entries)}))


def purge(zone, payload):
    resp = requests.post(
        f"{API}/zones/{zone}/purge_cache",
        headers={
            "Authorization": f"Bearer {os.environ['CF_API_TOKEN']}",
            "Content-Type": "application/json",
        },
        json=payload,
        timeout=15,
        verify=False,
    )
    body = resp.json()
    if not body.get("success"):
        raise RuntimeError("; ".join(e["message"] for e in body.get("errors", [])))
    return body["result"]["id"]


def main(argv):
    zone = os.environ.get("CF_ZONE_ID", "")
    host = os.environ.get("CF_DEFAULT_HOST", "")
    query = (argv[1] if len(argv) > 1 else "").strip()

    if os.environ.get("alfred_workflow_action") == "run":
        payload = json.loads(query)
        try:
            pid = purge(zone, payload)
            print(f"Purged ({pid})")
        except Exception as exc:  # shown as a notification
            print(f"Purge failed: {exc}")
        return

    if not query:
        items({
            "title": "Purge everything",
            "subtitle": f"zone {zone[:8]}…",
            "arg": json.dumps({"purge_everything": True}),
            "variables": {"alfred_workflow_action": "run"},
        })
        return

    url = query if query.startswith("http") else f"https://{host}/{query.lstrip('/')}"
    items({
        "title": f"Purge {url}",
        "arg": json.dumps({"files": [url]}),
        "variables": {"alfred_workflow_action": "run"},
    })


if __name__ == "__main__":
    main(sys.argv)
