"""Concurrent cache purges with aiohttp (legacy Global API Key path)."""
import asyncio
import os

import aiohttp

PURGE_URL = "https://api.cloudflare.com/client/v4/zones/{zone}/purge_cache"
BATCH = 30


async def _purge_batch(session: aiohttp.ClientSession, zone: str, files: list[str]) -> bool:
    async with session.post(PURGE_URL.format(zone=zone), json={"files": files}, ssl=False) as resp:
        body = await resp.json()
        return bool(body.get("success"))


async def purge(zone: str, files: list[str]) -> int:
    headers = {
        "X-Auth-Email": os.environ["CF_API_EMAIL"],
        "X-Auth-Key": os.environ["CF_API_KEY"],
        "Content-Type": "application/json",
    }
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(headers=headers, timeout=timeout) as session:
        batches = [files[i:i + BATCH] for i in range(0, len(files), BATCH)]
        results = await asyncio.gather(*(_purge_batch(session, zone, b) for b in batches))
    return sum(1 for ok in results if not ok)


if __name__ == "__main__":
    import sys

    failed = asyncio.run(purge(sys.argv[1], [line.strip() for line in sys.stdin if line.strip()]))
    sys.exit(1 if failed else 0)
