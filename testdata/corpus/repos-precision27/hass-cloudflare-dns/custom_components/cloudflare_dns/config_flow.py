"""Config flow for the Cloudflare DNS Updater integration."""
from __future__ import annotations

from collections.abc import Mapping
import logging
from typing import Any

import voluptuous as vol

from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.helpers.aiohttp_client import async_get_clientsession
import homeassistant.helpers.config_validation as cv
from homeassistant.helpers.selector import (
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)

from .api import CloudflareAuthError, CloudflareConnectionError, CloudflareDnsClient
from .const import (
    CONF_API_TOKEN,
    CONF_RECORDS,
    CONF_ZONE,
    CONF_ZONE_ID,
    DOMAIN,
    GLOBAL_KEY_RE,
    LEGACY_TOKEN_RE,
    SCOPED_TOKEN_RE,
)

_LOGGER = logging.getLogger(__name__)

TOKEN_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))

USER_SCHEMA = vol.Schema({vol.Required(CONF_API_TOKEN): TOKEN_SELECTOR})


def _shape_error(token: str) -> str | None:
    """Return a translation key if the value clearly is not an API token."""
    if GLOBAL_KEY_RE.match(token):
        # Someone pasted the Global API Key from "My Profile > API Tokens".
        return "global_key_not_supported"
    if not (SCOPED_TOKEN_RE.match(token) or LEGACY_TOKEN_RE.match(token)):
        return "invalid_token_format"
    return None


class CloudflareDnsConfigFlow(ConfigFlow, domain=DOMAIN):
    """Handle a config flow for Cloudflare DNS Updater."""

    VERSION = 2

    def __init__(self) -> None:
        self._api_token: str | None = None
        self._zones: dict[str, str] = {}
        self._zone: str | None = None

    async def _async_validate(self, token: str) -> dict[str, str]:
        errors: dict[str, str] = {}
        token = token.strip()
        if shape := _shape_error(token):
            errors[CONF_API_TOKEN] = shape
            return errors
        client = CloudflareDnsClient(async_get_clientsession(self.hass), token)
        try:
            self._zones = await client.async_list_zones()
        except CloudflareAuthError:
            errors["base"] = "invalid_auth"
        except CloudflareConnectionError:
            errors["base"] = "cannot_connect"
        except Exception:  # noqa: BLE001
            _LOGGER.exception("Unexpected exception while validating token")
            errors["base"] = "unknown"
        return errors

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            errors = await self._async_validate(user_input[CONF_API_TOKEN])
            if not errors:
                self._api_token = user_input[CONF_API_TOKEN].strip()
                return await self.async_step_zone()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
            description_placeholders={
                "tokens_url": "https://dash.cloudflare.com/profile/api-tokens",
            },
        )

    async def async_step_zone(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        if user_input is not None:
            self._zone = user_input[CONF_ZONE]
            await self.async_set_unique_id(self._zones[self._zone])
            self._abort_if_unique_id_configured()
            return await self.async_step_records()
        return self.async_show_form(
            step_id="zone",
            data_schema=vol.Schema({vol.Required(CONF_ZONE): vol.In(list(self._zones))}),
        )

    async def async_step_records(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        if user_input is not None:
            return self.async_create_entry(
                title=self._zone,
                data={
                    CONF_API_TOKEN: self._api_token,
                    CONF_ZONE: self._zone,
                    CONF_ZONE_ID: self._zones[self._zone],
                    CONF_RECORDS: user_input[CONF_RECORDS],
                },
            )
        return self.async_show_form(
            step_id="records",
            data_schema=vol.Schema({vol.Required(CONF_RECORDS): cv.multi_select({})}),
        )

    async def async_step_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """Also used by the repair issue that migrates Global API Key entries."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            errors = await self._async_validate(user_input[CONF_API_TOKEN])
            if not errors:
                return self.async_update_reload_and_abort(
                    self._get_reauth_entry(),
                    data_updates={CONF_API_TOKEN: user_input[CONF_API_TOKEN].strip()},
                )
        return self.async_show_form(
            step_id="reauth_confirm", data_schema=USER_SCHEMA, errors=errors
        )
