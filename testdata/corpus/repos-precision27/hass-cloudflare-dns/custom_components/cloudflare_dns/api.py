"""Small async client for the parts of the Cloudflare v4 API we need."""
from __future__ import annotations

import logging
from typing import Any

import aiohttp

from .const import API_BASE, TOKEN_VERIFY_PATH

_LOGGER = logging.getLogger(__name__)


class CloudflareError(Exception):
    """Base error."""


class CloudflareAuthError(CloudflareError):
    """Credential rejected (HTTP 400/401/403 with an auth error code)."""


class CloudflareConnectionError(CloudflareError):
    """Network problem or 5xx."""


AUTH_ERROR_CODES = {6003, 6103, 6111, 9103, 9106, 9109, 10000}


class CloudflareDnsClient:
    """Talks to api.cloudflare.com with either an API token or a 1.x legacy key."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        api_token: str | None = None,
        *,
        legacy_email: str | None = None,
        legacy_api_key: str | None = None,
    ) -> None:
        self._session = session
        self._api_token = api_token
        self._legacy_email = legacy_email
        self._legacy_api_key = legacy_api_key

    @property
    def uses_legacy_auth(self) -> bool:
        return self._api_token is None and self._legacy_api_key is not None

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self._api_token:
            headers["Authorization"] = f"Bearer {self._api_token}"
        elif self._legacy_api_key and self._legacy_email:
            # Entries from 1.x. A repair issue asks the user to migrate.
            headers["X-Auth-Email"] = self._legacy_email
            headers["X-Auth-Key"] = self._legacy_api_key
        else:
            raise CloudflareAuthError("No Cloudflare credential configured")
        return headers

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            async with self._session.request(
                method,
                f"{API_BASE}{path}",
                headers=self._headers(),
                timeout=aiohttp.ClientTimeout(total=20),
                **kwargs,
            ) as resp:
                body = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as err:
            raise CloudflareConnectionError(str(err)) from err

        if not body.get("success", False):
            codes = {e.get("code") for e in body.get("errors", [])}
            if codes & AUTH_ERROR_CODES or resp.status in (401, 403):
                raise CloudflareAuthError(body.get("errors"))
            raise CloudflareError(body.get("errors"))
        return body["result"]

    async def async_verify_token(self) -> bool:
        if self.uses_legacy_auth:
            # /user/tokens/verify only accepts API tokens.
            await self._request("GET", "/user")
            return True
        result = await self._request("GET", TOKEN_VERIFY_PATH)
        return result.get("status") == "active"

    async def async_list_zones(self) -> dict[str, str]:
        zones = await self._request("GET", "/zones", params={"per_page": 50})
        return {zone["name"]: zone["id"] for zone in zones}

    async def async_list_records(self, zone_id: str) -> list[dict[str, Any]]:
        return await self._request(
            "GET", f"/zones/{zone_id}/dns_records", params={"type": "A,AAAA"}
        )

    async def async_update_record(
        self, zone_id: str, record: dict[str, Any], content: str
    ) -> None:
        _LOGGER.debug("Updating %s to %s", record["name"], content)
        await self._request(
            "PATCH",
            f"/zones/{zone_id}/dns_records/{record['id']}",
            json={"content": content, "proxied": record.get("proxied", False)},
        )
