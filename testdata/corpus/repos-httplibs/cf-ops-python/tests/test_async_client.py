import pytest
from aiohttp import web

from cfops import connector


@pytest.fixture
async def fake_api(aiohttp_server):
    async def zones(request: web.Request) -> web.Response:
        assert request.headers["Authorization"] == "Bearer test-token"
        return web.json_response({"success": True, "result": [{"id": "z1", "name": "example.test"}]})

    app = web.Application()
    app.router.add_get("/zones", zones)
    return await aiohttp_server(app)


async def test_session_sends_bearer(fake_api, monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "test-token")
    monkeypatch.setattr(connector, "API_BASE", f"http://127.0.0.1:{fake_api.port}/")
    async with connector.make_session() as s:
        async with s.get("zones", ssl=False) as resp:
            body = await resp.json()
    assert body["result"][0]["name"] == "example.test"
