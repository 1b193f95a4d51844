"""Thin httpx wrapper around the Cloudflare v4 API.

The token is never stored in the repo: it comes from CLOUDFLARE_API_TOKEN or,
on laptops, from the OS keyring (``keyring set cloudflare zonetools``).
"""
from __future__ import annotations

import os
from typing import Any, Iterator

import httpx
import keyring

API_BASE = "https://api.cloudflare.com/client/v4"


def _token() -> str:
    token = os.environ.get("CLOUDFLARE_API_TOKEN") or keyring.get_password("cloudflare", "zonetools")
    if not token:
        raise RuntimeError("set CLOUDFLARE_API_TOKEN or store a token in the keyring")
    return token


class CloudflareClient:
    def __init__(self, token: str | None = None, timeout: float = 20.0) -> None:
        self._http = httpx.Client(
            base_url=API_BASE,
            headers={
                "Authorization": f"Bearer {token or _token()}",
                "Accept": "application/json",
            },
            timeout=timeout,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "CloudflareClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _get(self, path: str, **params: Any) -> dict:
        resp = self._http.get(path, params=params)
        resp.raise_for_status()
        body = resp.json()
        if not body.get("success"):
            raise RuntimeError(body.get("errors"))
        return body

    def zones(self) -> Iterator[dict]:
        page = 1
        while True:
            body = self._get("/zones", page=page, per_page=50)
            yield from body["result"]
            info = body["result_info"]
            if page >= info["total_pages"]:
                return
            page += 1

    def dns_records(self, zone_id: str, **filters: Any) -> list[dict]:
        return self._get(f"/zones/{zone_id}/dns_records", per_page=100, **filters)["result"]
