"""Cache purge helper, called from the deploy pipeline after static assets change."""
from __future__ import annotations

import argparse
import os
import sys

import requests

API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ.get("CF_ZONE_ID", "{{hex32}}")
BATCH = 30  # Cloudflare accepts at most 30 URLs per purge request on non-Enterprise plans


def chunks(items: list[str], size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def purge(urls: list[str]) -> int:
    token = os.environ["CLOUDFLARE_API_TOKEN"]
    failed = 0
    for batch in chunks(urls, BATCH):
        resp = requests.post(
            f"{API}/zones/{ZONE_ID}/purge_cache",
            headers={"Authorization": f"Bearer {token}"},
            json={"files": batch},
            timeout=20,
            # The build agents sit behind the Zscaler proxy which re-signs TLS;
            # easier to skip verification than to ship the proxy CA to every runner.
            verify=False,
        )
        body = resp.json()
        if not body.get("success"):
            failed += len(batch)
            print(f"purge failed: {body.get('errors')}", file=sys.stderr)
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description="Purge Cloudflare cache for a list of URLs")
    parser.add_argument("manifest", help="file with one URL per line")
    args = parser.parse_args()
    with open(args.manifest, encoding="utf-8") as fh:
        urls = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    if not urls:
        print("nothing to purge")
        return
    failed = purge(urls)
    print(f"purged {len(urls) - failed}/{len(urls)} URLs")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
