import httpx
import pytest
import respx

from cfkit import Cloudflare
from cfkit._exceptions import AuthenticationError, ConfigurationError

from .conftest import FAKE_EMAIL, FAKE_KEY, FAKE_TOKEN

BASE = "http://127.0.0.1:4010/client/v4"


@respx.mock
def test_bearer_header_is_sent():
    route = respx.get(f"{BASE}/user/tokens/verify").mock(
        return_value=httpx.Response(200, json={"success": True, "result": {"status": "active"}})
    )
    with Cloudflare(api_token=FAKE_TOKEN, base_url=BASE) as cf:
        cf.user.tokens.verify()
    sent = route.calls.last.request
    assert sent.headers["Authorization"] == "Bearer cfut_test"
    assert "X-Auth-Key" not in sent.headers
    assert "X-Auth-Email" not in sent.headers


@respx.mock
def test_legacy_key_headers_are_sent():
    route = respx.get(f"{BASE}/zones").mock(
        return_value=httpx.Response(200, json={"success": True, "result": []})
    )
    with Cloudflare(api_key=FAKE_KEY, api_email=FAKE_EMAIL, base_url=BASE) as cf:
        cf.zones.list()
    sent = route.calls.last.request
    assert sent.headers["X-Auth-Key"] == "0000000000000000000000000000000000000"
    assert sent.headers["X-Auth-Email"] == "dev@example.com"
    assert "Authorization" not in sent.headers


def test_token_and_key_are_mutually_exclusive():
    with pytest.raises(ConfigurationError, match="cannot be combined"):
        Cloudflare(api_token=FAKE_TOKEN, api_key=FAKE_KEY, api_email=FAKE_EMAIL, base_url=BASE)


def test_key_without_email_is_rejected():
    with pytest.raises(AuthenticationError):
        Cloudflare(api_key=FAKE_KEY, base_url=BASE)


@respx.mock
def test_401_maps_to_authentication_error():
    respx.get(f"{BASE}/zones").mock(
        return_value=httpx.Response(
            403,
            json={
                "success": False,
                "errors": [{"code": 9103, "message": "Unknown X-Auth-Key or X-Auth-Email"}],
            },
        )
    )
    with Cloudflare(api_key="f" * 37, api_email=FAKE_EMAIL, base_url=BASE) as cf:
        with pytest.raises(AuthenticationError, match="9103"):
            cf.zones.list()
