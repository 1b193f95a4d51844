"""Thin wrapper around the Cloudflare cache purge endpoints.

The base URL is configurable so the test-suite and local dev can point the
client at Prism (docker-compose.yml) or pytest-httpserver instead of the real
API.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable

import requests

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"


class CloudflareError(RuntimeError):
    def __init__(self, errors: list[dict]):
        self.errors = errors
        msg = "; ".join(f"{e.get('code')}: {e.get('message')}" for e in errors) or "unknown error"
        super().__init__(msg)


@dataclass
class PurgeClient:
    token: str
    base_url: str = field(default_factory=lambda: os.environ.get("CLOUDFLARE_API_BASE_URL", DEFAULT_BASE_URL))
    timeout: float = 15.0
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.token}",
                "Content-Type": "application/json",
                "User-Agent": "edge-purge/0.4.1",
            }
        )

    @classmethod
    def from_env(cls) -> "PurgeClient":
        return cls(token=os.environ["CLOUDFLARE_API_TOKEN"])

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        data = resp.json()
        if not data.get("success", False):
            raise CloudflareError(data.get("errors", []))
        return data["result"]

    def purge_everything(self, zone_id: str) -> dict:
        return self._post(f"/zones/{zone_id}/purge_cache", {"purge_everything": True})

    def purge_urls(self, zone_id: str, urls: Iterable[str]) -> dict:
        files = list(urls)
        if len(files) > 30:
            raise ValueError("Cloudflare accepts at most 30 URLs per purge request")
        return self._post(f"/zones/{zone_id}/purge_cache", {"files": files})

    def purge_tags(self, zone_id: str, tags: Iterable[str]) -> dict:
        return self._post(f"/zones/{zone_id}/purge_cache", {"tags": list(tags)})
