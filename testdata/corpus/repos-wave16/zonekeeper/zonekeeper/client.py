"""Thin factory around the Cloudflare SDK (``cloudflare>=3``).

Scoped API tokens are preferred. The Global API Key path is kept only for the
two legacy accounts that still have no token with Zone:Cache Purge rights
(see docs/runbooks/legacy-accounts.md); remove it once INFRA-2291 lands.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import httpx
from cloudflare import Cloudflare

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = "zonekeeper/1.8 (+https://git.northwind-retail.com/platform/zonekeeper)"


class ConfigError(RuntimeError):
    """Raised when no usable Cloudflare credentials are configured."""


@lru_cache(maxsize=1)
def get_client() -> Cloudflare:
    """Return a process-wide Cloudflare client.

    Resolution order:
      1. CLOUDFLARE_API_TOKEN            -> scoped token (Bearer)
      2. CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY -> legacy Global API Key
    """
    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if token:
        log.debug("cloudflare: using scoped API token")
        return Cloudflare(
            api_token=token,
            timeout=DEFAULT_TIMEOUT,
            max_retries=3,
            default_headers={"User-Agent": USER_AGENT},
        )

    email = os.environ.get("CLOUDFLARE_EMAIL")
    if not email:
        raise ConfigError(
            "set CLOUDFLARE_API_TOKEN (preferred) or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY"
        )

    log.warning("cloudflare: falling back to Global API Key auth for %s", email)
    return Cloudflare(
        api_email=email,
        api_key=os.environ["CLOUDFLARE_API_KEY"],
        timeout=DEFAULT_TIMEOUT,
        max_retries=3,
        default_headers={"User-Agent": USER_AGENT},
    )


def zone_id_for(name: str) -> str:
    """Look up a zone id by name (exact match)."""
    client = get_client()
    page = client.zones.list(name=name, per_page=1)
    for zone in page.result:
        return zone.id
    raise LookupError(f"zone {name!r} not found or not visible to these credentials")


def purge_urls(zone_name: str, urls: list[str]) -> None:
    client = get_client()
    zid = zone_id_for(zone_name)
    # The API accepts at most 30 files per purge request.
    for i in range(0, len(urls), 30):
        batch = urls[i : i + 30]
        client.cache.purge(zone_id=zid, files=batch)
        log.info("purged %d urls on %s", len(batch), zone_name)
