#!/usr/bin/env python3
"""Sync records from records.yaml into Cloudflare using the official SDK."""
import sys

import yaml
from cloudflare import Cloudflare

ZONE_ID = "{{hex32}}"

client = Cloudflare(api_token="{{cfut}}")


def existing_records():
    return {(r.type, r.name): r for r in client.dns.records.list(zone_id=ZONE_ID)}


def main(path: str) -> int:
    wanted = yaml.safe_load(open(path))["records"]
    have = existing_records()
    for rec in wanted:
        key = (rec["type"], rec["name"])
        if key in have:
            if have[key].content != rec["content"]:
                client.dns.records.edit(have[key].id, zone_id=ZONE_ID, content=rec["content"])
                print("updated", *key)
        else:
            client.dns.records.create(zone_id=ZONE_ID, **rec)
            print("created", *key)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "records.yaml"))
