"""Async code path (httpx) exercised against respx and the local Prism mock."""
import os

import httpx
import pytest
import respx

# Prism from docker-compose.yml, fronted by Caddy with its internal CA on :4443.
PRISM_HTTP = os.environ.get("PRISM_URL", "http://localhost:4010/client/v4")
PRISM_TLS = "https://localhost:4443/client/v4"
ZONE = "023e105f4ecef8ad9ca31a8372d0c353"


@pytest.mark.asyncio
@respx.mock(base_url="http://cf-mock.test/client/v4", assert_all_called=True)
async def test_purge_tags_respx(respx_mock):
    route = respx_mock.post(f"/zones/{ZONE}/purge_cache").mock(
        return_value=httpx.Response(200, json={"success": True, "errors": [], "result": {"id": ZONE}})
    )
    async with httpx.AsyncClient(
        base_url="http://cf-mock.test/client/v4",
        headers={"Authorization": "Bearer test-token"},
    ) as http:
        resp = await http.post(f"/zones/{ZONE}/purge_cache", json={"tags": ["blog"]})
    assert resp.json()["success"] is True
    assert route.calls.last.request.headers["authorization"] == "Bearer test-token"


@pytest.mark.prism
@pytest.mark.asyncio
async def test_purge_against_prism_over_tls():
    # Caddy's local CA is not in the container trust store; this only ever
    # talks to the mock on localhost.
    async with httpx.AsyncClient(
        base_url=PRISM_TLS,
        verify=False,
        headers={"Authorization": "Bearer test-token", "Prefer": "code=200"},
    ) as http:
        resp = await http.post(f"/zones/{ZONE}/purge_cache", json={"purge_everything": True})
    assert resp.status_code == 200


@pytest.mark.prism
@pytest.mark.asyncio
async def test_purge_against_prism_plain_http():
    async with httpx.AsyncClient(base_url=PRISM_HTTP, headers={"Authorization": "Bearer test-token"}) as http:
        resp = await http.post(f"/zones/{ZONE}/purge_cache", json={"files": ["https://example.com/"]})
    assert resp.status_code in (200, 422)
