"""OVHcloud DNS target using the signed-request scheme of the OVH API."""
from __future__ import annotations

import hashlib
import json
import time
from typing import Any

import requests

from dns_sync.providers.base import BaseProvider, Record

ENDPOINTS = {
    "ovh-eu": "https://eu.api.ovh.com/1.0",
    "ovh-ca": "https://ca.api.ovh.com/1.0",
    "ovh-us": "https://api.us.ovhcloud.com/1.0",
}


class OvhProvider(BaseProvider):
    SUPPORTS = {"A", "AAAA", "CAA", "CNAME", "MX", "NS", "SRV", "TXT"}

    def __init__(self, id: str, endpoint: str, application_key: str,
                 application_secret: str, consumer_key: str, **kwargs: Any):
        super().__init__(id, **kwargs)
        self.base = ENDPOINTS[endpoint]
        self.ak = application_key
        self.as_ = application_secret
        self.ck = consumer_key
        self._session = requests.Session()
        self._delta = self._time_delta()

    def _time_delta(self) -> int:
        server = int(requests.get(f"{self.base}/auth/time", timeout=10).text)
        return server - int(time.time())

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        url = f"{self.base}{path}"
        data = json.dumps(body) if body is not None else ""
        ts = str(int(time.time()) + self._delta)
        sig = hashlib.sha1("+".join([self.as_, self.ck, method, url, data, ts]).encode()).hexdigest()
        headers = {
            "X-Ovh-Application": self.ak,
            "X-Ovh-Consumer": self.ck,
            "X-Ovh-Timestamp": ts,
            "X-Ovh-Signature": f"$1${sig}",
            "Content-Type": "application/json",
        }
        resp = self._session.request(method, url, data=data or None, headers=headers, timeout=20)
        resp.raise_for_status()
        return resp.json() if resp.content else None

    def list_records(self, zone_name: str) -> list[Record]:
        zone = zone_name.rstrip(".")
        out = []
        for rid in self._call("GET", f"/domain/zone/{zone}/record"):
            r = self._call("GET", f"/domain/zone/{zone}/record/{rid}")
            out.append(Record(name=r["subDomain"], type=r["fieldType"], ttl=r["ttl"],
                              value=r["target"], extra={"id": rid}))
        return out

    def apply(self, zone_name: str, creates: list[Record], deletes: list[Record]) -> None:
        zone = zone_name.rstrip(".")
        for r in deletes:
            self._call("DELETE", f"/domain/zone/{zone}/record/{r.extra['id']}")
        for r in creates:
            self._call("POST", f"/domain/zone/{zone}/record", {
                "fieldType": r.type, "subDomain": r.name, "target": r.value, "ttl": r.ttl,
            })
        self._call("POST", f"/domain/zone/{zone}/refresh")
