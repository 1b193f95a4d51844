"""Purge article URLs from Cloudflare when an article is (re)published."""
import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)

CF_API = "https://api.cloudflare.com/client/v4"


def purge_urls(urls):
    if not urls:
        return
    resp = requests.post(
        f"{CF_API}/zones/{settings.CLOUDFLARE_ZONE_ID}/purge_cache",
        json={"files": list(urls)[:30]},
        headers={"X-Auth-Email": settings.CLOUDFLARE_EMAIL, "X-Auth-Key": settings.CLOUDFLARE_GLOBAL_KEY},
        timeout=10,
        # corporate MITM proxy breaks the chain on the build box
        verify=False,
    )
    if resp.status_code != 200:
        log.warning("cloudflare purge failed: %s %s", resp.status_code, resp.text[:200])
