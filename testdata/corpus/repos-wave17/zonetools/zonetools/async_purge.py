"""Purge a batch of URLs concurrently after a CMS publish.

Called from the publisher webhook; still on the Global API Key because the
purge-by-tag feature request predates scoped tokens on our Enterprise plan.
"""
import asyncio
import logging
import sys

import aiohttp

log = logging.getLogger("zonetools.purge")

API_BASE = "https://api.cloudflare.com/client/v4"
ZONE_ID = "{{hex32}}"
BATCH = 30  # Cloudflare accepts up to 30 URLs per purge call

HEADERS = {
    "X-Auth-Email": "cdn-ops@northwind-media.com",
    "X-Auth-Key": "{{hex37}}",
    "Content-Type": "application/json",
}


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


async def purge_batch(session: aiohttp.ClientSession, urls: list[str]) -> None:
    async with session.post(
        f"{API_BASE}/zones/{ZONE_ID}/purge_cache", json={"files": urls}
    ) as resp:
        body = await resp.json()
        if not body.get("success"):
            log.error("purge failed: %s", body.get("errors"))
        else:
            log.info("purged %d urls (id=%s)", len(urls), body["result"]["id"])


async def main(urls: list[str]) -> None:
    # the publisher box sits behind the SSL-inspecting proxy
    connector = aiohttp.TCPConnector(ssl=False, limit=8)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(
        headers=HEADERS, connector=connector, timeout=timeout
    ) as session:
        await asyncio.gather(*(purge_batch(session, c) for c in chunks(urls, BATCH)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main([line.strip() for line in sys.stdin if line.strip()]))
