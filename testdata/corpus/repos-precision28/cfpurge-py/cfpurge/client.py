"""Thin wrapper around the official ``cloudflare`` SDK for cache purges."""

from __future__ import annotations

import os
from typing import Iterable, Optional
from urllib.parse import urlparse

from cloudflare import Cloudflare

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
MAX_PER_REQUEST = 30  # purge_cache accepts at most 30 files/tags/prefixes per call


class ConfigError(ValueError):
    pass


def _validate_base_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https":
        raise ConfigError(f"refusing non-TLS API base URL: {url!r}")
    return url.rstrip("/")


class Purger:
    """Purge by URL, cache tag or prefix using a scoped API token.

    The token needs ``Zone > Cache Purge > Purge``. Global API Key auth
    (``api_email=`` + ``api_key=``) is intentionally not exposed.
    """

    def __init__(
        self,
        zone_id: str,
        api_token: Optional[str] = None,
        base_url: Optional[str] = None,
    ) -> None:
        token = api_token or os.environ.get("CLOUDFLARE_API_TOKEN")
        if not token:
            raise ConfigError("CLOUDFLARE_API_TOKEN is not set")
        self.zone_id = zone_id
        self._cf = Cloudflare(
            api_token=token,
            base_url=_validate_base_url(base_url or os.environ.get("CLOUDFLARE_BASE_URL", DEFAULT_BASE_URL)),
            max_retries=3,
            timeout=20.0,
        )

    @staticmethod
    def _chunks(items: Iterable[str]) -> Iterable[list[str]]:
        batch: list[str] = []
        for item in items:
            batch.append(item)
            if len(batch) == MAX_PER_REQUEST:
                yield batch
                batch = []
        if batch:
            yield batch

    def purge_urls(self, urls: Iterable[str]) -> int:
        n = 0
        for batch in self._chunks(urls):
            self._cf.cache.purge(zone_id=self.zone_id, files=batch)
            n += len(batch)
        return n

    def purge_tags(self, tags: Iterable[str]) -> int:
        n = 0
        for batch in self._chunks(tags):
            self._cf.cache.purge(zone_id=self.zone_id, tags=batch)
            n += len(batch)
        return n

    def purge_prefixes(self, prefixes: Iterable[str]) -> int:
        n = 0
        for batch in self._chunks(prefixes):
            self._cf.cache.purge(zone_id=self.zone_id, prefixes=batch)
            n += len(batch)
        return n

    def purge_everything(self) -> None:
        self._cf.cache.purge(zone_id=self.zone_id, purge_everything=True)
