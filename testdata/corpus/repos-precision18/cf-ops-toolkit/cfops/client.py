"""Thin wrapper around the official `cloudflare` SDK (v3)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlparse

from cloudflare import Cloudflare

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"


@dataclass
class Settings:
    api_token: str
    account_id: str | None = None
    base_url: str = DEFAULT_BASE_URL

    @classmethod
    def from_env(cls) -> "Settings":
        try:
            token = os.environ["CLOUDFLARE_API_TOKEN"]
        except KeyError:
            raise SystemExit("CLOUDFLARE_API_TOKEN is not set (Global API Key auth is not supported)") from None
        return cls(
            api_token=token,
            account_id=os.environ.get("CLOUDFLARE_ACCOUNT_ID"),
            base_url=os.environ.get("CLOUDFLARE_BASE_URL", DEFAULT_BASE_URL),
        )


class CfOpsClient:
    def __init__(self, token: str, base_url: str = DEFAULT_BASE_URL, account_id: str | None = None):
        if urlparse(base_url).scheme != "https":
            raise ValueError(f"refusing non-https Cloudflare base URL: {base_url}")
        self.account_id = account_id
        self.cf = Cloudflare(api_token=token, base_url=base_url, max_retries=3, timeout=30.0)

    @classmethod
    def from_env(cls) -> "CfOpsClient":
        s = Settings.from_env()
        return cls(s.api_token, s.base_url, s.account_id)

    def zone_id(self, name: str) -> str:
        zones = self.cf.zones.list(name=name)
        for z in zones:
            return z.id
        raise LookupError(f"zone not found: {name}")

    def purge_tags(self, zone_id: str, tags: list[str]) -> str:
        res = self.cf.cache.purge(zone_id=zone_id, tags=tags)
        return res.id

    def dns_records(self, zone_id: str):
        return list(self.cf.dns.records.list(zone_id=zone_id, per_page=500))

    def logpush_jobs(self, zone_id: str | None = None):
        if zone_id:
            return list(self.cf.logpush.jobs.list(zone_id=zone_id))
        return list(self.cf.logpush.jobs.list(account_id=self.account_id))
