"""Shared fixtures: every test runs against a respx-mocked Cloudflare API.

No real credentials are used here; the client factory only needs *something*
in CLOUDFLARE_API_TOKEN to pick the token code path.
"""
import httpx
import pytest
import respx

from zonekeeper import client as zk_client

API = "https://api.cloudflare.com/client/v4"
ZONE_ID = "{{hex32#zone}}"
ACCOUNT_ID = "{{hex32#acct}}"


@pytest.fixture(autouse=True)
def cf_env(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "test-token")
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID)
    monkeypatch.delenv("CLOUDFLARE_API_KEY", raising=False)
    monkeypatch.delenv("CLOUDFLARE_EMAIL", raising=False)
    zk_client.get_client.cache_clear()
    yield
    zk_client.get_client.cache_clear()


def _envelope(result, **extra):
    body = {"success": True, "errors": [], "messages": [], "result": result}
    body.update(extra)
    return body


@pytest.fixture
def cf_api():
    with respx.mock(base_url=API, assert_all_called=False) as router:
        router.get("/zones", params={"name": "shop.northwind-retail.com"}).mock(
            return_value=httpx.Response(
                200,
                json=_envelope(
                    [{"id": ZONE_ID, "name": "shop.northwind-retail.com", "status": "active",
                      "account": {"id": ACCOUNT_ID, "name": "Northwind Retail"}}],
                    result_info={"page": 1, "per_page": 1, "count": 1, "total_count": 1},
                ),
            )
        )
        router.post(f"/zones/{ZONE_ID}/purge_cache").mock(
            return_value=httpx.Response(200, json=_envelope({"id": ZONE_ID}))
        )
        yield router
