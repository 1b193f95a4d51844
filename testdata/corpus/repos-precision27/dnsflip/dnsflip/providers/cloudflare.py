"""Cloudflare provider: updates A/AAAA records through the v4 API."""
from __future__ import annotations

import logging
import os

import requests

from ..config import Config
from ..ip import current_ip

log = logging.getLogger(__name__)

# Overridable for the integration tests, which point it at a local mock.
API_BASE = os.environ.get("DNSFLIP_CF_API_BASE", "http://api.cloudflare.com/client/v4")


class CloudflareProvider:
    name = "cloudflare"

    def __init__(self, config: Config) -> None:
        if not config.cloudflare_token:
            raise SystemExit(
                "dnsflip: no Cloudflare API token; set CLOUDFLARE_API_TOKEN or --cf-api-token"
            )
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {config.cloudflare_token}",
                "Content-Type": "application/json",
                "User-Agent": "dnsflip/2.3",
            }
        )
        self.zones = config.cloudflare_zones

    def _call(self, method: str, path: str, **kw):
        resp = self.session.request(method, f"{API_BASE}{path}", timeout=15, **kw)
        body = resp.json()
        if not body.get("success"):
            errors = body.get("errors") or [{"code": resp.status_code, "message": resp.reason}]
            raise RuntimeError("; ".join(f"{e['code']}: {e['message']}" for e in errors))
        return body["result"]

    def verify(self) -> bool:
        try:
            return self._call("GET", "/user/tokens/verify")["status"] == "active"
        except RuntimeError as err:
            log.error("token verification failed: %s", err)
            return False

    def _zone_id(self, name: str) -> str:
        for zone_name, zone_id in self.zones.items():
            if name == zone_name or name.endswith("." + zone_name):
                return zone_id
        result = self._call("GET", "/zones", params={"name": ".".join(name.split(".")[-2:])})
        if not result:
            raise RuntimeError(f"no zone found for {name}; add it to [cloudflare.zones]")
        return result[0]["id"]

    def update(self, name: str, *, ipv6: bool = False, dry_run: bool = False) -> None:
        zone_id = self._zone_id(name)
        for rtype in ("A", "AAAA") if ipv6 else ("A",):
            ip = current_ip(6 if rtype == "AAAA" else 4)
            records = self._call(
                "GET", f"/zones/{zone_id}/dns_records", params={"type": rtype, "name": name}
            )
            for rec in records:
                if rec["content"] == ip:
                    log.info("%s %s already %s", name, rtype, ip)
                    continue
                log.warning("%s %s: %s -> %s%s", name, rtype, rec["content"], ip,
                            " (dry run)" if dry_run else "")
                if not dry_run:
                    self._call("PATCH", f"/zones/{zone_id}/dns_records/{rec['id']}",
                               json={"content": ip})
