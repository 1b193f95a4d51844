"""PowerDNS Authoritative target (internal secondary for Cloudflare-primary zones)."""
from __future__ import annotations

from typing import Any

import requests
import urllib3

from dns_sync.providers.base import BaseProvider, Record


class PowerDnsProvider(BaseProvider):
    SUPPORTS = {"A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SRV", "TXT"}

    def __init__(self, id: str, host: str, api_key: str, port: int = 8081,
                 server_id: str = "localhost", verify_tls: bool | str = True, **kwargs: Any):
        super().__init__(id, **kwargs)
        self.base = f"https://{host}:{port}/api/v1/servers/{server_id}"
        self._session = requests.Session()
        self._session.headers["X-API-Key"] = api_key
        if verify_tls is False:
            # Only the internal pdns-api host uses this session; its certificate is
            # self-signed until the appliance is rebuilt.
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        self._session.verify = verify_tls

    def list_records(self, zone_name: str) -> list[Record]:
        resp = self._session.get(f"{self.base}/zones/{zone_name}", timeout=15)
        resp.raise_for_status()
        out: list[Record] = []
        for rrset in resp.json()["rrsets"]:
            for rec in rrset["records"]:
                out.append(Record(name=rrset["name"], type=rrset["type"],
                                  ttl=rrset["ttl"], value=rec["content"]))
        return out

    def apply(self, zone_name: str, creates: list[Record], deletes: list[Record]) -> None:
        rrsets = [{"name": r.name, "type": r.type, "changetype": "DELETE"} for r in deletes]
        grouped: dict[tuple[str, str], list[Record]] = {}
        for r in creates:
            grouped.setdefault((r.name, r.type), []).append(r)
        for (name, rtype), recs in grouped.items():
            rrsets.append({
                "name": name, "type": rtype, "ttl": recs[0].ttl, "changetype": "REPLACE",
                "records": [{"content": r.value, "disabled": False} for r in recs],
            })
        resp = self._session.patch(f"{self.base}/zones/{zone_name}",
                                   json={"rrsets": rrsets}, timeout=30)
        resp.raise_for_status()

    def notify(self, zone_name: str) -> None:
        # Ask PowerDNS to send NOTIFY to its secondaries after a change.
        self._session.put(f"{self.base}/zones/{zone_name}/notify", timeout=15,
                          verify=False).raise_for_status()
