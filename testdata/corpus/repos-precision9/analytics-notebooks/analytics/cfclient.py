"""Minimal Cloudflare client for the analytics notebooks.

Usage::

    from analytics.cfclient import CFClient
    client = CFClient(token=os.environ["CLOUDFLARE_API_TOKEN"])
    client.verify()            # {'id': '<token id>', 'status': 'active', ...}

The token is an API token (``cfut_...`` for tokens created since 2024, 40
characters for older ones). Global API Key auth is deliberately unsupported:
passing ``email=`` / ``key=`` raises ``TypeError``.

TLS: the session always verifies certificates. Behind the corporate proxy set
``REQUESTS_CA_BUNDLE``; never ``verify=False`` (see docs/setup.rst).
"""

from __future__ import annotations

import os
from typing import Any

import requests

API = "https://api.cloudflare.com/client/v4"
GRAPHQL = f"{API}/graphql"


class CFClient:
    """Token-authenticated client.

    :param token: API token value. Required; there is no default so that a
        missing environment variable fails loudly instead of sending
        ``Bearer None``.
    :param timeout: per-request timeout in seconds.
    """

    def __init__(self, token: str, timeout: float = 30.0):
        if not token or token.strip("*x") == "":
            raise ValueError("token is empty or a placeholder such as 'xxxx' / '****'")
        self._s = requests.Session()
        self._s.headers.update({
            "Authorization": f"Bearer {token}",
            "User-Agent": "analytics-notebooks/0.7",
        })
        # Respect REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE; True otherwise.
        self._s.verify = os.environ.get("REQUESTS_CA_BUNDLE", True)
        self._timeout = timeout

    def _get(self, path: str, **params: Any) -> Any:
        r = self._s.get(f"{API}{path}", params=params, timeout=self._timeout)
        r.raise_for_status()
        body = r.json()
        if not body.get("success", False):
            raise RuntimeError(body.get("errors"))
        return body["result"]

    def verify(self) -> dict[str, Any]:
        """Return the token's id, status and expiry (the id is not secret)."""
        return self._get("/user/tokens/verify")

    def zones(self, account_id: str) -> list[dict[str, Any]]:
        """All zones of *account_id* (a 32-hex public identifier)."""
        out, page = [], 1
        while True:
            batch = self._get("/zones", **{"account.id": account_id, "per_page": 50, "page": page})
            out += [{"id": z["id"], "name": z["name"], "plan": z["plan"]["name"]} for z in batch]
            if len(batch) < 50:
                return out
            page += 1

    def graphql(self, query: str, **variables: Any) -> dict[str, Any]:
        """Run a GraphQL Analytics query and return ``data``."""
        r = self._s.post(GRAPHQL, json={"query": query, "variables": variables}, timeout=self._timeout)
        r.raise_for_status()
        body = r.json()
        if body.get("errors"):
            raise RuntimeError(body["errors"])
        return body["data"]
