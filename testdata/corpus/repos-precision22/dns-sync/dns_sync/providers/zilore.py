"""Zilore DNS target.

Zilore authenticates every call with an ``X-Auth-Key`` header carrying the account
API key (Settings -> API). Note this is Zilore's header, unrelated to the
Cloudflare header of the same name.
"""
from __future__ import annotations

from typing import Any

import requests

from dns_sync.providers.base import BaseProvider, Record

API = "https://api.zilore.com/dns/v1"


class ZiloreProvider(BaseProvider):
    SUPPORTS = {"A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA"}

    def __init__(self, id: str, api_key: str, **kwargs: Any):
        super().__init__(id, **kwargs)
        self._session = requests.Session()
        self._session.headers.update({
            "X-Auth-Key": api_key,
            "Accept": "application/json",
        })

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{API}{path}", params=params, timeout=20)
        resp.raise_for_status()
        body = resp.json()
        if body.get("status") != "ok":
            raise RuntimeError(f"zilore {path}: {body.get('error')}")
        return body["response"]

    def list_records(self, zone_name: str) -> list[Record]:
        domain = zone_name.rstrip(".")
        out = []
        for r in self._get(f"/domains/{domain}/records", limit=1000):
            out.append(Record(name=r["record_name"], type=r["record_type"],
                              ttl=int(r["record_ttl"]), value=r["record_value"],
                              extra={"id": r["record_id"]}))
        return out

    def apply(self, zone_name: str, creates: list[Record], deletes: list[Record]) -> None:
        domain = zone_name.rstrip(".")
        if deletes:
            ids = ",".join(str(r.extra["id"]) for r in deletes)
            self._session.delete(f"{API}/domains/{domain}/records",
                                 params={"record_id": ids}, timeout=20).raise_for_status()
        for r in creates:
            self._session.post(f"{API}/domains/{domain}/records", timeout=20, params={
                "record_type": r.type, "record_name": r.name,
                "record_value": r.value, "record_ttl": r.ttl,
            }).raise_for_status()
