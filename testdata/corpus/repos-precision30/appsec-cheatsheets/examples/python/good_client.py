"""Reference client for the cheat sheet: scoped token, TLS on, no header logging."""
from __future__ import annotations

import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("cf")

API_BASE = "https://api.cloudflare.com/client/v4"


class CloudflareClient:
    def __init__(self, token: str | None = None, timeout: float = 10.0):
        self._token = token or os.environ["CLOUDFLARE_API_TOKEN"]
        self._timeout = timeout
        self._s = requests.Session()
        self._s.headers["Authorization"] = f"Bearer {self._token}"
        self._s.headers["User-Agent"] = "cheatsheet-example/1.0"
        # TLS verification stays on (requests' default). If you sit behind a
        # TLS-inspecting proxy, point REQUESTS_CA_BUNDLE at its CA instead.
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(429, 502, 503, 504))
        self._s.mount("https://", HTTPAdapter(max_retries=retry))

    def __repr__(self) -> str:
        return f"CloudflareClient(token={self._token[:4]}…)"

    def _get(self, path: str, **params):
        url = f"{API_BASE}{path}"
        log.debug("GET %s params=%s", url, params)  # never log headers
        r = self._s.get(url, params=params, timeout=self._timeout)
        r.raise_for_status()
        body = r.json()
        if not body.get("success"):
            raise RuntimeError(body.get("errors"))
        return body["result"]

    def verify(self) -> str:
        return self._get("/user/tokens/verify")["status"]

    def zones(self, name: str | None = None):
        return self._get("/zones", **({"name": name} if name else {}))

    def dns_records(self, zone_id: str, type_: str | None = None):
        return self._get(f"/zones/{zone_id}/dns_records", **({"type": type_} if type_ else {}))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cf = CloudflareClient()
    print("token:", cf.verify())
    for z in cf.zones():
        print(z["id"], z["name"])
