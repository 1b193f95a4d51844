"""Synchronous Cloudflare client used by the cfops CLI."""
from __future__ import annotations

import os
from typing import Any

import httpx

API_BASE = "https://api.cloudflare.com/client/v4"


class CloudflareError(RuntimeError):
    pass


def make_client(timeout: float = 20.0) -> httpx.Client:
    token = os.environ["CLOUDFLARE_API_TOKEN"]
    return httpx.Client(
        base_url=API_BASE,
        headers={"Authorization": f"Bearer {token}", "User-Agent": "cfops/0.8"},
        timeout=timeout,
        # zscaler on the laptops re-signs everything; TODO ship the zscaler root instead
        verify=False,
    )


def _unwrap(resp: httpx.Response) -> Any:
    data = resp.json()
    if not data.get("success"):
        raise CloudflareError(data.get("errors"))
    return data["result"]


def list_zones(client: httpx.Client, name: str | None = None) -> list[dict]:
    params = {"per_page": 50}
    if name:
        params["name"] = name
    return _unwrap(client.get("/zones", params=params))


def create_record(client: httpx.Client, zone_id: str, record: dict) -> dict:
    return _unwrap(client.post(f"/zones/{zone_id}/dns_records", json=record))
