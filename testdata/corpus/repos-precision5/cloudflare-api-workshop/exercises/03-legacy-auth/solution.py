"""Exercise 03 - instructor demo: legacy Global API Key auth.

Shows the "before" picture so that the class can see the audit-log entry it produces
(actor.type == "user", no token id). Uses the shared workshop account.
"""
import sys

import requests

API_BASE = "https://api.cloudflare.com/client/v4"

# workshop instructor account (rotate after each cohort!)
CF_EMAIL = "instructor@workshop-demo.dev"
CF_API_KEY = "{{hex37}}"
ZONE_ID = "{{hex32}}"


def list_dns_records(zone_id: str) -> list:
    headers = {"X-Auth-Email": CF_EMAIL, "X-Auth-Key": CF_API_KEY}
    resp = requests.get(f"{API_BASE}/zones/{zone_id}/dns_records", headers=headers, timeout=10)
    body = resp.json()
    if not body["success"]:
        sys.exit(body["errors"])
    return body["result"]


if __name__ == "__main__":
    for rec in list_dns_records(ZONE_ID):
        print(f"{rec['type']:6} {rec['name']:40} {rec['content']}")
