"""Zilore provider (https://zilore.com/en/help/api).

Zilore authenticates every request with an ``X-Auth-Key`` header carrying the
account's API key. Same header name as Cloudflare's legacy scheme, unrelated
service.
"""
from __future__ import annotations

import logging

import requests

from ..config import Config
from ..ip import current_ip

log = logging.getLogger(__name__)

API_BASE = "https://api.zilore.com/dns/v1"


class ZiloreProvider:
    name = "zilore"

    def __init__(self, config: Config) -> None:
        if not config.zilore_key:
            raise SystemExit("dnsflip: no Zilore API key; set ZILORE_API_KEY")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Auth-Key": config.zilore_key,
                "Accept": "application/json",
                "User-Agent": "dnsflip/2.3",
            }
        )

    def _call(self, method: str, path: str, **kw):
        resp = self.session.request(method, f"{API_BASE}{path}", timeout=15, **kw)
        resp.raise_for_status()
        body = resp.json()
        if body.get("status") != "ok":
            raise RuntimeError(body.get("error", {}).get("message", "unknown Zilore error"))
        return body.get("response")

    def verify(self) -> bool:
        try:
            self._call("GET", "/domains", params={"limit": 1})
            return True
        except (RuntimeError, requests.HTTPError) as err:
            log.error("Zilore key rejected: %s", err)
            return False

    def update(self, name: str, *, ipv6: bool = False, dry_run: bool = False) -> None:
        domain = ".".join(name.split(".")[-2:])
        for rtype in ("A", "AAAA") if ipv6 else ("A",):
            ip = current_ip(6 if rtype == "AAAA" else 4)
            records = self._call(
                "GET", f"/domains/{domain}/records",
                params={"search_record_type": rtype, "search_text": name},
            )
            for rec in records or []:
                if rec["record_value"] == ip:
                    continue
                log.warning("%s %s -> %s%s", name, rtype, ip, " (dry run)" if dry_run else "")
                if not dry_run:
                    self._call(
                        "PUT", f"/domains/{domain}/records",
                        params={"record_id": rec["record_id"], "record_value": ip},
                    )
