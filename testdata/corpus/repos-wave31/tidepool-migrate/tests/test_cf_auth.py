"""Auth wiring tests for the cloudflare-python 3.x clients."""

from __future__ import annotations

import httpx
import pytest
import respx
from cloudflare import Cloudflare

from tidepool.cf import client as target
from tidepool.urls import validate_api_base

API = "https://api.cloudflare.com/client/v4"


@respx.mock
def test_key_auth_sends_legacy_headers():
    route = respx.get(f"{API}/zones").mock(
        return_value=httpx.Response(200, json={"success": True, "result": [], "result_info": {}})
    )
    cf = Cloudflare(api_key="test-global-key", api_email="tests@tidepool.example")
    list(cf.zones.list())

    sent = route.calls.last.request
    assert sent.headers["X-Auth-Email"] == "tests@tidepool.example"
    assert "Authorization" not in sent.headers


def test_target_client_refuses_global_key(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_EMAIL", "someone@example.com")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "anything")
    with pytest.raises(SystemExit):
        target.target_client()


@pytest.mark.parametrize(
    "base",
    [
        "http://api.cloudflare.com/client/v4",
        "http://api.cloudflare.com:80/client/v4/",
        "ftp://api.cloudflare.com/client/v4",
    ],
)
def test_plaintext_api_base_is_rejected(base):
    with pytest.raises(ValueError, match="https"):
        validate_api_base(base)


def test_https_api_base_is_accepted():
    assert validate_api_base(API) == API
