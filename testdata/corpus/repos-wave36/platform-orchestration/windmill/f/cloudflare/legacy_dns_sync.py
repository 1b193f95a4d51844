# Windmill script: f/cloudflare/legacy_dns_sync
#
# Syncs A/CNAME records of the legacy brand zones from the ops inventory.
# Those zones still live in the old account that only has the owner's
# Global API Key (resource type `c_cloudflare_global`: email + api_key).

import urllib3

import requests
import wmill

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

API = "https://api.cloudflare.com/client/v4"

c_cloudflare_global = dict


def _session(cf: c_cloudflare_global) -> requests.Session:
    s = requests.Session()
    s.headers.update(
        {
            "X-Auth-Email": cf["email"],
            "X-Auth-Key": cf["api_key"],
            "Content-Type": "application/json",
        }
    )
    # worker group "legacy" egresses through the Zscaler box, which re-signs TLS
    s.verify = False
    return s


def main(cf: c_cloudflare_global, zone_id: str, dry_run: bool = True):
    inventory = wmill.get_variable("f/cloudflare/legacy_inventory_json")
    wanted = {(r["type"], r["name"]): r["content"] for r in __import__("json").loads(inventory)}

    s = _session(cf)
    existing = {}
    page = 1
    while True:
        r = s.get(f"{API}/zones/{zone_id}/dns_records", params={"page": page, "per_page": 100})
        r.raise_for_status()
        data = r.json()
        for rec in data["result"]:
            existing[(rec["type"], rec["name"])] = rec
        if page >= data["result_info"]["total_pages"]:
            break
        page += 1

    changes = []
    for key, content in wanted.items():
        rec = existing.get(key)
        if rec is None:
            changes.append(("create", key, content))
            if not dry_run:
                s.post(f"{API}/zones/{zone_id}/dns_records",
                       json={"type": key[0], "name": key[1], "content": content, "ttl": 1}).raise_for_status()
        elif rec["content"] != content:
            changes.append(("update", key, content))
            if not dry_run:
                s.patch(f"{API}/zones/{zone_id}/dns_records/{rec['id']}",
                        json={"content": content}).raise_for_status()

    return {"dry_run": dry_run, "changes": changes}
