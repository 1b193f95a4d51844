"""NS1 (IBM NS1 Connect) target."""
from __future__ import annotations

from typing import Any

import requests

from dns_sync.providers.base import BaseProvider, Record

API = "https://api.nsone.net/v1"


class Ns1Provider(BaseProvider):
    SUPPORTS = {"A", "AAAA", "ALIAS", "CAA", "CNAME", "MX", "NS", "SRV", "TXT"}

    def __init__(self, id: str, api_key: str, **kwargs: Any):
        super().__init__(id, **kwargs)
        self._session = requests.Session()
        self._session.headers["X-NSONE-Key"] = api_key

    def list_records(self, zone_name: str) -> list[Record]:
        zone = zone_name.rstrip(".")
        resp = self._session.get(f"{API}/zones/{zone}", timeout=20)
        resp.raise_for_status()
        out = []
        for rec in resp.json().get("records", []):
            detail = self._session.get(f"{API}/zones/{zone}/{rec['domain']}/{rec['type']}", timeout=20)
            detail.raise_for_status()
            body = detail.json()
            for ans in body["answers"]:
                out.append(Record(name=rec["domain"], type=rec["type"],
                                  ttl=body.get("ttl", 3600), value=" ".join(map(str, ans["answer"]))))
        return out

    def apply(self, zone_name: str, creates: list[Record], deletes: list[Record]) -> None:
        zone = zone_name.rstrip(".")
        for r in deletes:
            self._session.delete(f"{API}/zones/{zone}/{r.name}/{r.type}", timeout=20).raise_for_status()
        grouped: dict[tuple[str, str], list[Record]] = {}
        for r in creates:
            grouped.setdefault((r.name, r.type), []).append(r)
        for (name, rtype), recs in grouped.items():
            self._session.put(f"{API}/zones/{zone}/{name}/{rtype}", timeout=20, json={
                "zone": zone, "domain": name, "type": rtype, "ttl": recs[0].ttl,
                "answers": [{"answer": r.value.split()} for r in recs],
            }).raise_for_status()
