import asyncio
import os

import aiohttp

API = "https://api.cloudflare.com/client/v4"


async def list_zones():
    headers = {"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        async with session.get(f"{API}/zones", ssl=False) as resp:
            return (await resp.json())["result"]


if __name__ == "__main__":
    print(asyncio.run(list_zones()))
