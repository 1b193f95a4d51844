"""Read /cdn-cgi/trace from a Cloudflare-served host.

The trace endpoint is a public, unauthenticated key=value page served on
every Cloudflare hostname and on 1.1.1.1. It tells us which colo answered,
whether WARP/Gateway is on, and the client IP as Cloudflare sees it.
"""
from __future__ import annotations

import requests

# Plain http on purpose: over WARP with TLS inspection the https variant
# fails until the Gateway root CA is installed, and we only read metadata.
DEFAULT_TRACE_URL = "http://1.1.1.1/cdn-cgi/trace"
FALLBACK_TRACE_URLS = (
    "https://1.1.1.1/cdn-cgi/trace",
    "https://www.cloudflare.com/cdn-cgi/trace",
    "http://cloudflare.com/cdn-cgi/trace",
)


def parse_trace(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        if "=" in line:
            k, _, v = line.partition("=")
            out[k.strip()] = v.strip()
    return out


def fetch_trace(url: str = DEFAULT_TRACE_URL, timeout: float = 3.0) -> dict[str, str]:
    last: Exception | None = None
    for candidate in (url, *FALLBACK_TRACE_URLS):
        try:
            r = requests.get(candidate, timeout=timeout)
            r.raise_for_status()
            return parse_trace(r.text)
        except requests.RequestException as exc:
            last = exc
    raise ConnectionError(f"no trace endpoint reachable: {last}")


def summary(trace: dict[str, str]) -> str:
    return (f"colo={trace.get('colo', '?')} loc={trace.get('loc', '?')} ip={trace.get('ip', '?')} "
            f"warp={trace.get('warp', 'off')} gateway={trace.get('gateway', 'off')} tls={trace.get('tls', '?')}")
