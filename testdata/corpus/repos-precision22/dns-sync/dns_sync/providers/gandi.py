"""Gandi LiveDNS (v5) target.

Gandi accepts either a personal access token (``Authorization: Bearer``) or the
deprecated API key (``Authorization: Apikey``). We prefer the PAT and fall back to
the API key only for the old reseller account that cannot issue PATs.
"""
from __future__ import annotations

from typing import Any

import requests

from dns_sync.providers.base import BaseProvider, Record

LIVEDNS = "https://api.gandi.net/v5/livedns"


class GandiProvider(BaseProvider):
    SUPPORTS = {"A", "AAAA", "ALIAS", "CAA", "CNAME", "MX", "NS", "SRV", "TXT"}

    def __init__(self, id: str, token: str | None = None, api_key: str | None = None,
                 sharing_id: str | None = None, **kwargs: Any):
        super().__init__(id, **kwargs)
        if token:
            auth = f"Bearer {token}"
        elif api_key:
            auth = f"Apikey {api_key}"
        else:
            raise ValueError("gandi: set token (PAT) or api_key")
        self._session = requests.Session()
        self._session.headers.update({"Authorization": auth, "Accept": "application/json"})
        self._params = {"sharing_id": sharing_id} if sharing_id else {}

    def list_records(self, zone_name: str) -> list[Record]:
        fqdn = zone_name.rstrip(".")
        resp = self._session.get(f"{LIVEDNS}/domains/{fqdn}/records",
                                 params=self._params, timeout=20)
        resp.raise_for_status()
        out = []
        for rrset in resp.json():
            name = rrset["rrset_name"]
            for value in rrset["rrset_values"]:
                out.append(Record(name=name, type=rrset["rrset_type"],
                                  ttl=rrset["rrset_ttl"], value=value))
        return out

    def apply(self, zone_name: str, creates: list[Record], deletes: list[Record]) -> None:
        fqdn = zone_name.rstrip(".")
        for rec in deletes:
            self._session.delete(f"{LIVEDNS}/domains/{fqdn}/records/{rec.name}/{rec.type}",
                                 params=self._params, timeout=20).raise_for_status()
        grouped: dict[tuple[str, str], list[Record]] = {}
        for rec in creates:
            grouped.setdefault((rec.name, rec.type), []).append(rec)
        for (name, rtype), recs in grouped.items():
            self._session.put(
                f"{LIVEDNS}/domains/{fqdn}/records/{name}/{rtype}",
                params=self._params, timeout=20,
                json={"rrset_ttl": recs[0].ttl, "rrset_values": [r.value for r in recs]},
            ).raise_for_status()
