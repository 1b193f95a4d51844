"""Cloudflare target for dns-sync.

Authenticates with a scoped API token only. Global API Key auth is not
implemented; the config validator rejects ``email``/``api_key`` for this class.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Iterator

import requests

from dns_sync.providers.base import BaseProvider, Record

log = logging.getLogger(__name__)

API_BASE = "https://api.cloudflare.com/client/v4"


class CloudflareError(RuntimeError):
    pass


class CloudflareProvider(BaseProvider):
    SUPPORTS = {"A", "AAAA", "CAA", "CNAME", "MX", "NS", "SRV", "TXT"}

    def __init__(self, id: str, token: str, account_id: str | None = None,
                 proxied_by_default: bool = False, retry_count: int = 4, **kwargs: Any):
        super().__init__(id, **kwargs)
        self.account_id = account_id
        self.proxied_by_default = proxied_by_default
        self.retry_count = retry_count
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "User-Agent": "dns-sync/1.4",
        })

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        for attempt in range(self.retry_count + 1):
            resp = self._session.request(method, f"{API_BASE}{path}", timeout=30, **kwargs)
            if resp.status_code == 429 and attempt < self.retry_count:
                wait = int(resp.headers.get("Retry-After", 2 ** attempt))
                log.warning("cloudflare rate limited, sleeping %ss", wait)
                time.sleep(wait)
                continue
            body = resp.json()
            if not body.get("success"):
                raise CloudflareError(f"{method} {path}: {body.get('errors')}")
            return body
        raise CloudflareError(f"{method} {path}: retries exhausted")

    def _paginate(self, path: str, **params: Any) -> Iterator[dict]:
        page = 1
        while True:
            body = self._request("GET", path, params={**params, "page": page, "per_page": 100})
            yield from body["result"]
            info = body.get("result_info") or {}
            if page >= info.get("total_pages", 1):
                return
            page += 1

    def zone_id(self, zone_name: str) -> str:
        params = {"name": zone_name.rstrip(".")}
        if self.account_id:
            params["account.id"] = self.account_id
        zones = list(self._paginate("/zones", **params))
        if not zones:
            raise CloudflareError(f"zone {zone_name} not found")
        return zones[0]["id"]

    def list_records(self, zone_name: str) -> list[Record]:
        zid = self.zone_id(zone_name)
        return [
            Record(name=r["name"], type=r["type"], ttl=r["ttl"], value=r["content"],
                   extra={"id": r["id"], "proxied": r.get("proxied", False)})
            for r in self._paginate(f"/zones/{zid}/dns_records")
            if r["type"] in self.SUPPORTS
        ]

    def apply(self, zone_name: str, creates: list[Record], deletes: list[Record]) -> None:
        zid = self.zone_id(zone_name)
        for rec in deletes:
            self._request("DELETE", f"/zones/{zid}/dns_records/{rec.extra['id']}")
        for rec in creates:
            self._request("POST", f"/zones/{zid}/dns_records", json={
                "type": rec.type, "name": rec.name, "content": rec.value, "ttl": rec.ttl,
                "proxied": rec.extra.get("proxied", self.proxied_by_default),
            })
