"""Outbound URL guard.

cache-ops runs on hosts whose egress proxy only allows HTTPS, and we have been
bitten by scripts that silently downgraded to http:// (the proxy then returned
a 403 HTML page that looked like a Cloudflare error). Anything on this list is
refused before a request is made.
"""

from __future__ import annotations

from urllib.parse import urlsplit

DENYLIST_PREFIXES = (
    "http://api.cloudflare.com",
    "http://api.fed.cloudflare.com",
    "http://dash.cloudflare.com",
)


class EgressDenied(RuntimeError):
    pass


def assert_allowed(url: str) -> None:
    lowered = url.lower()
    if lowered.startswith(DENYLIST_PREFIXES):
        raise EgressDenied(f"refusing plain-http request to {urlsplit(url).netloc}")
    parts = urlsplit(lowered)
    if parts.scheme != "https" and parts.hostname not in {"127.0.0.1", "localhost"}:
        raise EgressDenied(f"refusing non-https URL {url!r}")
