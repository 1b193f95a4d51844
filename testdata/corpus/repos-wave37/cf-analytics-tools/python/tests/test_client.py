import pytest
import respx
import httpx
from cloudflare import Cloudflare

from cfclient import DEFAULT_BASE_URL, graphql, make_client


def test_default_base_url_is_https():
    assert DEFAULT_BASE_URL.startswith("https://")


def test_rejects_plain_http_base_url():
    with pytest.raises(ValueError, match="non-TLS"):
        make_client(base_url="http://api.cloudflare.com/client/v4", api_token="test-token")


def test_requires_token(monkeypatch):
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
    with pytest.raises(RuntimeError):
        make_client()


@respx.mock
def test_graphql_returns_data(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "test-token")
    route = respx.post(f"{DEFAULT_BASE_URL}/graphql").mock(
        return_value=httpx.Response(200, json={"data": {"viewer": {"zones": []}}, "errors": None})
    )
    client = make_client()
    assert graphql(client, "{ viewer { zones { zoneTag } } }", {}) == {"viewer": {"zones": []}}
    assert route.calls.last.request.headers["Authorization"] == "Bearer test-token"


@respx.mock
def test_legacy_key_auth_headers():
    """legacy_report.py still uses key+email; make sure the SDK sends both headers."""
    respx.get(f"{DEFAULT_BASE_URL}/user").mock(
        return_value=httpx.Response(200, json={"success": True, "result": {"id": "u"}, "errors": [], "messages": []})
    )
    client = Cloudflare(
        api_email="ci@example.com",
        api_key="dummy-global-api-key",
        base_url=DEFAULT_BASE_URL,
    )
    client.user.get()
    req = respx.calls.last.request
    assert req.headers["X-Auth-Email"] == "ci@example.com"
    assert req.headers["X-Auth-Key"] == "dummy-global-api-key"
