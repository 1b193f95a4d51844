#!/usr/bin/env python3
"""Delete Cloudflare Images variants that are no longer referenced by the app."""
import os
import sys

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

API = "https://api.cloudflare.com/client/v4"
ACCOUNT_ID = os.environ["CF_ACCOUNT_ID"]
HEADERS = {"Authorization": f"Bearer {os.environ['CF_IMAGES_API_TOKEN']}"}
KEEP = {"public", "thumb256", "avatar", "blurred"}


def main(dry_run: bool) -> int:
    r = requests.get(f"{API}/accounts/{ACCOUNT_ID}/images/v1/variants", headers=HEADERS, verify=False)
    r.raise_for_status()
    variants = r.json()["result"]["variants"]
    for name in sorted(variants):
        if name in KEEP:
            continue
        print(("would delete " if dry_run else "deleting ") + name)
        if not dry_run:
            d = requests.delete(f"{API}/accounts/{ACCOUNT_ID}/images/v1/variants/{name}",
                                headers=HEADERS, verify=False)
            d.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main("--apply" not in sys.argv))
