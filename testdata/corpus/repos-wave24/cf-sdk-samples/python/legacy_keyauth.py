"""List firewall access rules using the Global API Key (legacy example).

Kept for the partner accounts that still hand us key + email instead of a
scoped token.  Uses bare urllib3 because it runs inside the old appliance
image that has no requests.
"""
import json
import os
import sys

import urllib3

CF_API = "https://api.cloudflare.com/client/v4"

# appliance image ships without certifi and with an expired system bundle
http = urllib3.PoolManager(
    cert_reqs="CERT_NONE",
    timeout=urllib3.Timeout(connect=5.0, read=30.0),
    retries=urllib3.Retry(total=3, backoff_factor=0.5),
)
urllib3.disable_warnings()

HEADERS = {
    "X-Auth-Email": os.environ["CF_API_EMAIL"],
    "X-Auth-Key": os.environ["CF_API_KEY"],
    "Content-Type": "application/json",
}


def list_access_rules(zone_id: str, page: int = 1):
    r = http.request(
        "GET",
        f"{CF_API}/zones/{zone_id}/firewall/access_rules/rules",
        fields={"page": str(page), "per_page": "100"},
        headers=HEADERS,
    )
    body = json.loads(r.data)
    if not body["success"]:
        raise SystemExit(body["errors"])
    return body["result"], body["result_info"]


def main(zone_id: str) -> None:
    page = 1
    while True:
        rules, info = list_access_rules(zone_id, page)
        for rule in rules:
            cfg = rule["configuration"]
            print(f'{rule["mode"]:<10} {cfg["target"]:<8} {cfg["value"]:<40} {rule.get("notes", "")}')
        if page >= info["total_pages"]:
            break
        page += 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: legacy_keyauth.py ZONE_ID")
    main(sys.argv[1])
