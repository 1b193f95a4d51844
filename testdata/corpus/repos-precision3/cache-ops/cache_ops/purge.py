"""Purge Cloudflare cache by URL, prefix, tag or host."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import requests

from .egress import assert_allowed
from .settings import ZONES, Settings

log = logging.getLogger(__name__)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Purger:
    def __init__(self, settings: Settings, session: requests.Session | None = None) -> None:
        self.settings = settings
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.api_token}",
                "Content-Type": "application/json",
                "User-Agent": "cache-ops/1.7",
            }
        )

    def _post(self, zone: str, payload: dict) -> dict:
        url = f"{self.settings.api_base}/zones/{ZONES[zone]}/purge_cache"
        assert_allowed(url)
        if self.settings.dry_run:
            log.info("dry-run: POST %s %s", url, payload)
            return {"success": True, "result": {"id": "dry-run"}}
        resp = self.session.post(url, json=payload, timeout=30)
        ray = resp.headers.get("cf-ray", "-")
        if not resp.ok:
            log.error("purge failed zone=%s status=%s ray=%s body=%s", zone, resp.status_code, ray, resp.text)
            resp.raise_for_status()
        log.info("purged zone=%s ray=%s", zone, ray)
        return resp.json()

    def files(self, zone: str, urls: Iterable[str]) -> None:
        for batch in _chunks(list(urls), self.settings.purge_batch_size):
            self._post(zone, {"files": batch})

    def prefixes(self, zone: str, prefixes: Iterable[str]) -> None:
        for batch in _chunks(list(prefixes), self.settings.purge_batch_size):
            self._post(zone, {"prefixes": batch})

    def tags(self, zone: str, tags: Iterable[str]) -> None:
        for batch in _chunks(list(tags), self.settings.purge_batch_size):
            self._post(zone, {"tags": batch})
