"""Minimal example with the current `cloudflare` package (v3+) and a scoped token.

    pip install cloudflare
    export CLOUDFLARE_API_TOKEN=...   # Zone:Read, DNS:Edit on the target zone
"""
import os
import sys

from cloudflare import Cloudflare, APIError


def main(zone_name: str) -> int:
    client = Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"], max_retries=2)

    zones = client.zones.list(name=zone_name)
    zone = next(iter(zones.result), None)
    if zone is None:
        print(f"zone {zone_name} not visible to this token", file=sys.stderr)
        return 1

    try:
        for record in client.dns.records.list(zone_id=zone.id, type="TXT"):
            print(f"{record.name:40} {record.content}")
    except APIError as exc:
        print(f"listing records failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "example.com"))
