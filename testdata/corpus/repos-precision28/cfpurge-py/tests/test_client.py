import httpx
import pytest
import respx

from cfpurge.client import DEFAULT_BASE_URL, ConfigError, Purger

ZONE = "023e105f4ecef8ad9ca31a8372d0c353"  # zone id from the Cloudflare API docs examples


@pytest.fixture(autouse=True)
def _token(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "test-token-not-real")
    monkeypatch.delenv("CLOUDFLARE_BASE_URL", raising=False)


def test_rejects_plain_http_base_url():
    with pytest.raises(ConfigError):
        Purger(ZONE, base_url="http://api.cloudflare.com/client/v4")


def test_rejects_plain_http_from_env(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_BASE_URL", "http://api.cloudflare.com/client/v4")
    with pytest.raises(ConfigError):
        Purger(ZONE)


def test_missing_token(monkeypatch):
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN")
    with pytest.raises(ConfigError, match="CLOUDFLARE_API_TOKEN"):
        Purger(ZONE)


@respx.mock
def test_purge_urls_batches_by_30():
    route = respx.post(f"{DEFAULT_BASE_URL}/zones/{ZONE}/purge_cache").mock(
        return_value=httpx.Response(200, json={"success": True, "errors": [], "messages": [], "result": {"id": ZONE}})
    )
    urls = [f"https://example.com/a/{i}" for i in range(61)]
    assert Purger(ZONE).purge_urls(urls) == 61
    assert route.call_count == 3
    assert route.calls[0].request.headers["Authorization"] == "Bearer test-token-not-real"


@respx.mock
def test_purge_tags():
    route = respx.post(f"{DEFAULT_BASE_URL}/zones/{ZONE}/purge_cache").mock(
        return_value=httpx.Response(200, json={"success": True, "errors": [], "messages": [], "result": {"id": ZONE}})
    )
    assert Purger(ZONE).purge_tags(["blog", "assets"]) == 2
    assert route.called
