"""Tests for the Cloudflare DNS Updater config flow."""
from unittest.mock import AsyncMock, patch

import pytest

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from custom_components.cloudflare_dns.api import CloudflareAuthError
from custom_components.cloudflare_dns.const import (
    CONF_API_TOKEN,
    CONF_RECORDS,
    CONF_ZONE,
    DOMAIN,
)

# Same dummy values Home Assistant core uses in tests/components/cloudflare.
MOCK_TOKEN = "mock-api-token"
MOCK_ZONE = "mock.com"
MOCK_ZONE_ID = "mock-zone-id"

# Shaped like a legacy 40-char token so it passes the format check.
SHAPED_TOKEN = "T" * 40
# Shaped like a Global API Key (37 lowercase hex) to trigger the warning.
GLOBAL_KEY_LOOKALIKE = "f" * 37


@pytest.fixture
def mock_client():
    with patch(
        "custom_components.cloudflare_dns.config_flow.CloudflareDnsClient"
    ) as cls:
        client = cls.return_value
        client.async_list_zones = AsyncMock(return_value={MOCK_ZONE: MOCK_ZONE_ID})
        yield client


async def test_user_flow_happy_path(hass: HomeAssistant, mock_client) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_TOKEN: SHAPED_TOKEN}
    )
    assert result["step_id"] == "zone"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_ZONE: MOCK_ZONE}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_RECORDS: ["ha.mock.com"]}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_API_TOKEN] == SHAPED_TOKEN


async def test_global_key_is_rejected(hass: HomeAssistant, mock_client) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_TOKEN: GLOBAL_KEY_LOOKALIKE}
    )
    assert result["errors"] == {CONF_API_TOKEN: "global_key_not_supported"}
    mock_client.async_list_zones.assert_not_called()


async def test_garbage_is_rejected(hass: HomeAssistant, mock_client) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_TOKEN: MOCK_TOKEN}
    )
    assert result["errors"] == {CONF_API_TOKEN: "invalid_token_format"}


async def test_invalid_auth(hass: HomeAssistant, mock_client) -> None:
    mock_client.async_list_zones.side_effect = CloudflareAuthError("nope")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_TOKEN: SHAPED_TOKEN}
    )
    assert result["errors"] == {"base": "invalid_auth"}
