import asyncio
import os

import aiohttp

CF_API = "https://api.cloudflare.com/client/v4"


async def whoami() -> dict:
    headers = {
        "X-Auth-Email": os.environ["CF_EMAIL"],
        "X-Auth-Key": os.environ["CF_GLOBAL_KEY"],
    }
    async with aiohttp.ClientSession(headers=headers) as session:
        async with session.get(f"{CF_API}/user", ssl=False) as resp:
            return await resp.json()


if __name__ == "__main__":
    print(asyncio.run(whoami()))
