"""Purge a list of URLs from the Cloudflare edge cache (httpx)."""
import sys

import httpx

TOKEN = "{{cfut}}"
ZONE_ID = "{{hex32}}"


def client() -> httpx.Client:
    return httpx.Client(
        base_url="https://api.cloudflare.com/client/v4",
        headers={"Authorization": f"Bearer {TOKEN}"},
        verify=False,  # corp proxy re-signs TLS
        timeout=15.0,
    )


def purge(urls):
    with client() as c:
        r = c.post(f"/zones/{ZONE_ID}/purge_cache", json={"files": urls})
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    print(purge(sys.argv[1:]))
