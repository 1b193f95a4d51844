"""Low-level HTTP client used by every cfkit resource.

The client accepts exactly one credential mode:

* ``api_token``            -> ``Authorization: Bearer <token>`` (recommended)
* ``api_key`` + ``api_email`` -> legacy Global API Key headers

Values are always supplied by the caller (or resolved by :mod:`cfkit._env`);
nothing is hardcoded here.
"""
from __future__ import annotations

import platform
from typing import Any, Mapping, Optional

import httpx

from ._exceptions import AuthenticationError, ConfigurationError
from ._types import ClientOptions
from ._version import __version__

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


class BaseClient:
    def __init__(self, options: ClientOptions) -> None:
        self._options = options
        self._base_url = options.get("base_url") or DEFAULT_BASE_URL
        self._http = httpx.Client(
            base_url=self._base_url,
            timeout=options.get("timeout") or DEFAULT_TIMEOUT,
            headers=self._default_headers(),
        )

    # ------------------------------------------------------------------ auth
    def _auth_headers(self) -> dict[str, str]:
        token: Optional[str] = self._options.get("api_token")
        key: Optional[str] = self._options.get("api_key")
        email: Optional[str] = self._options.get("api_email")

        if token and (key or email):
            raise ConfigurationError("api_token cannot be combined with api_key/api_email")
        if token:
            return {"Authorization": f"Bearer {token}"}
        if key and email:
            return {
                "X-Auth-Email": email,
                "X-Auth-Key": key,
            }
        raise AuthenticationError(
            "No credentials: pass api_token=..., or api_key=... together with api_email=..."
        )

    def _default_headers(self) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": f"cfkit-python/{__version__} ({platform.python_implementation()})",
        }
        headers.update(self._auth_headers())
        extra: Mapping[str, str] = self._options.get("default_headers") or {}
        headers.update(extra)
        return headers

    # --------------------------------------------------------------- request
    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        resp = self._http.request(method, path, **kwargs)
        if resp.status_code in (401, 403):
            raise AuthenticationError.from_response(resp)
        return resp

    def close(self) -> None:
        self._http.close()
