"""Diagnostics support for Cloudflare DNS Updater."""
from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant

from .const import CONF_API_TOKEN, CONF_LEGACY_API_KEY, CONF_LEGACY_EMAIL, DOMAIN

# Everything that can authenticate against Cloudflare is replaced with
# "**REDACTED**" before the user downloads the diagnostics file. The zone id
# is kept on purpose: it is not a secret and helps when triaging issues.
TO_REDACT = {
    CONF_API_TOKEN,
    CONF_LEGACY_API_KEY,
    CONF_LEGACY_EMAIL,
    "X-Auth-Key",
    "X-Auth-Email",
    "Authorization",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: ConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a config entry."""
    coordinator = hass.data[DOMAIN][entry.entry_id]
    return {
        "entry": {
            "version": entry.version,
            "data": async_redact_data(dict(entry.data), TO_REDACT),
            "options": dict(entry.options),
        },
        "auth_mode": "legacy_global_key"
        if coordinator.client.uses_legacy_auth
        else "api_token",
        "last_update_success": coordinator.last_update_success,
        "last_ip": coordinator.data.get("ip") if coordinator.data else None,
        "records": [
            {"name": r["name"], "type": r["type"], "proxied": r.get("proxied")}
            for r in (coordinator.data or {}).get("records", [])
        ],
    }
