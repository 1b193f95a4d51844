"""Thin wrapper around the Cloudflare v4 DNS records API."""
from __future__ import annotations

import logging
import warnings
from typing import Any, Optional

import requests

from .settings import Settings

log = logging.getLogger(__name__)


class CloudflareError(RuntimeError):
    pass


class CloudflareDNS:
    def __init__(self, settings: Settings, session: Optional[requests.Session] = None):
        self.settings = settings
        self.base_url = settings.base_url.rstrip("/")
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = "acme-cf-hook/1.4"
        self.session.headers["Content-Type"] = "application/json"

        token = settings.resolved_token()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        else:
            warnings.warn(
                "Global API Key authentication is deprecated; switch to an API token",
                DeprecationWarning,
                stacklevel=2,
            )
            self.session.headers["X-Auth-Email"] = settings.email
            self.session.headers["X-Auth-Key"] = settings.api_key
        self._zone_cache: dict[str, str] = dict(settings.zones)

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self.base_url}{path}"
        resp = self.session.request(method, url, timeout=20, **kwargs)
        try:
            body = resp.json()
        except ValueError:
            raise CloudflareError(f"{method} {path}: HTTP {resp.status_code}, non-JSON body")
        if not body.get("success"):
            errors = "; ".join(f"{e.get('code')}: {e.get('message')}" for e in body.get("errors", []))
            raise CloudflareError(f"{method} {path}: {errors or resp.status_code}")
        return body["result"]

    def zone_id(self, fqdn: str) -> str:
        labels = fqdn.rstrip(".").split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in self._zone_cache:
                return self._zone_cache[candidate]
            result = self._request("GET", "/zones", params={"name": candidate, "status": "active"})
            if result:
                self._zone_cache[candidate] = result[0]["id"]
                return result[0]["id"]
        raise CloudflareError(f"no zone found for {fqdn}")

    def add_txt(self, name: str, content: str) -> str:
        zid = self.zone_id(name)
        rec = self._request(
            "POST",
            f"/zones/{zid}/dns_records",
            json={"type": "TXT", "name": name, "content": content, "ttl": self.settings.ttl},
        )
        log.info("created TXT %s (%s)", name, rec["id"])
        return rec["id"]

    def remove_txt(self, name: str, content: str) -> None:
        zid = self.zone_id(name)
        recs = self._request("GET", f"/zones/{zid}/dns_records",
                             params={"type": "TXT", "name": name, "content": content})
        for rec in recs:
            self._request("DELETE", f"/zones/{zid}/dns_records/{rec['id']}")
            log.info("deleted TXT %s (%s)", name, rec["id"])
