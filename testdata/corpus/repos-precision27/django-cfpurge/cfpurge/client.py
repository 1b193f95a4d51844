"""Builds a Cloudflare SDK client for a zone and purges URLs."""
import logging

from cloudflare import APIError, Cloudflare
from django.conf import settings

log = logging.getLogger(__name__)


def _default_token():
    # Project-wide fallback, usually `CFPURGE_API_TOKEN = env("CFPURGE_API_TOKEN")`.
    return getattr(settings, "CFPURGE_API_TOKEN", None)


def get_client(zone):
    """Return a Cloudflare client for ``zone`` (a CloudflareZone instance).

    Zones created before 2.0 may still hold e-mail + Global API Key; those keep
    working until 3.0 and raise a system check warning (cfpurge.W001).
    """
    token = zone.api_token or _default_token()
    if token:
        return Cloudflare(api_token=token, max_retries=3)

    if zone.legacy_email and zone.legacy_api_key:
        log.warning("zone %s still uses the Global API Key; migrate it in the admin", zone.name)
        return Cloudflare(
            api_email=zone.legacy_email,
            api_key=zone.legacy_api_key,
            max_retries=3,
        )

    raise RuntimeError(f"No Cloudflare credentials configured for zone {zone.name}")


def purge_urls(zone, urls):
    """Purge ``urls`` from the cache; Cloudflare accepts 30 per call."""
    client = get_client(zone)
    purged = 0
    for start in range(0, len(urls), 30):
        batch = urls[start : start + 30]
        try:
            client.cache.purge(zone_id=zone.zone_id, files=batch)
        except APIError as err:
            log.error("purge failed for %s: %s", zone.name, err)
            raise
        purged += len(batch)
    return purged


def purge_everything(zone):
    get_client(zone).cache.purge(zone_id=zone.zone_id, purge_everything=True)
