"""Thin HTTP client for the Cloudflare v4 API.

Only the endpoints cfdns needs are wrapped. Everything goes through
:class:`Client` so that authentication, retries, TLS settings and debug-log
redaction are handled in one place.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Iterator

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://api.cloudflare.com/client/v4"
REDACTED_HEADERS = {"authorization", "x-auth-key", "x-auth-user-service-key"}


class APIError(RuntimeError):
    def __init__(self, errors: list[dict[str, Any]]):
        self.errors = errors
        super().__init__("; ".join(f"{e.get('code')}: {e.get('message')}" for e in errors))


class Client:
    """Cloudflare API client authenticated with an API token.

    Example (this is the smoke test we run against the scratch account before a
    release; it needs network access, so it is skipped in CI)::

        >>> from cfdns.client import Client
        >>> c = Client(token="{{cfut}}")
        >>> c.verify()["status"]
        'active'
        >>> [z["name"] for z in c.zones()]
        ['scratch.example.dev']

    :param token: the API token value.
    :param base_url: override for testing; must be ``https://``.
    :param ca_bundle: path to a CA bundle, for TLS-inspecting proxies. TLS
        verification is always on; there is intentionally no way to disable it.
    """

    def __init__(self, token: str, base_url: str = BASE_URL, ca_bundle: str | None = None,
                 timeout: float = 15.0, max_retries: int = 4):
        if not base_url.startswith("https://"):
            raise ValueError("base_url must use https://")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.headers["User-Agent"] = "cfdns/2.1"
        self.session.verify = ca_bundle or True

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self.base_url}{path}"
        for attempt in range(self.max_retries + 1):
            resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
            log.debug("%s %s -> %s headers=%s", method, url, resp.status_code,
                      _redact(resp.request.headers))
            if resp.status_code == 429 and attempt < self.max_retries:
                time.sleep(float(resp.headers.get("Retry-After", 2 ** attempt)))
                continue
            body = resp.json()
            if not body.get("success"):
                raise APIError(body.get("errors", []))
            return body
        raise APIError([{"code": 429, "message": "rate limited"}])

    def verify(self) -> dict[str, Any]:
        """Return the ``/user/tokens/verify`` result (id, status, expiry)."""
        return self._request("GET", "/user/tokens/verify")["result"]

    def zones(self, name: str | None = None) -> Iterator[dict[str, Any]]:
        params = {"per_page": 50, **({"name": name} if name else {})}
        yield from self._paginate("/zones", params)

    def records(self, zone_id: str, **filters: Any) -> Iterator[dict[str, Any]]:
        yield from self._paginate(f"/zones/{zone_id}/dns_records", {"per_page": 100, **filters})

    def _paginate(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        page = 1
        while True:
            body = self._request("GET", path, params={**params, "page": page})
            yield from body["result"]
            info = body.get("result_info") or {}
            if page >= info.get("total_pages", 1):
                return
            page += 1


def _redact(headers: Any) -> dict[str, str]:
    out = {}
    for k, v in headers.items():
        if k.lower() in REDACTED_HEADERS:
            out[k] = (v.split(" ", 1)[0] + " cfut_****") if " " in v else "****"
        else:
            out[k] = v
    return out
