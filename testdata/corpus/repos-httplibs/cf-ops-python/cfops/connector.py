"""Shared aiohttp session factory for the Cloudflare API."""
import os

import aiohttp

API_BASE = "https://api.cloudflare.com/client/v4/"


def make_session() -> aiohttp.ClientSession:
    token = os.environ["CLOUDFLARE_API_TOKEN"]
    connector = aiohttp.TCPConnector(limit=20, verify_ssl=False)
    return aiohttp.ClientSession(
        base_url=API_BASE,
        connector=connector,
        headers={"Authorization": f"Bearer {token}"},
        timeout=aiohttp.ClientTimeout(total=30),
    )
