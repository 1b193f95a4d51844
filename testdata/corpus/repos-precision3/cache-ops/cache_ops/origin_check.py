"""Compare what the origin serves with what is cached at the edge.

We hit the origins directly (bypassing Cloudflare) to fetch the canonical
ETag. The origins sit behind Cloudflare with Authenticated Origin Pulls and
only present the Cloudflare Origin CA certificate, which is not in any public
trust store -- hence verify=False for the origin requests below. Requests to
the public hostname (through Cloudflare) keep normal verification.
"""

from __future__ import annotations

import warnings

import requests
import urllib3

ORIGINS = {
    "static.northwind.example": "https://origin-static-01.fra1.internal.northwind.net",
    "northwind.example": "https://origin-web-01.fra1.internal.northwind.net",
}


def origin_etag(host: str, path: str) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
        resp = requests.head(
            ORIGINS[host] + path,
            headers={"Host": host},
            verify=False,
            timeout=10,
        )
    return resp.headers.get("ETag")


def edge_etag(host: str, path: str) -> tuple[str | None, str | None]:
    resp = requests.head(f"https://{host}{path}", timeout=10)
    return resp.headers.get("ETag"), resp.headers.get("cf-cache-status")


def stale(host: str, path: str) -> bool:
    edge, status = edge_etag(host, path)
    return status == "HIT" and edge != origin_etag(host, path)
