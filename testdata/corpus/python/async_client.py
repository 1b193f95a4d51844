import os

import httpx

BASE_URL = "http://api.cloudflare.com/client/v4"
TOKEN = os.environ["CF_API_TOKEN"]


def client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=BASE_URL,
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=20.0,
    )


async def zones():
    async with client() as c:
        r = await c.get("/zones", params={"per_page": 50})
        r.raise_for_status()
        return r.json()["result"]
