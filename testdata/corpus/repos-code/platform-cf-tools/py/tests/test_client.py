import httpx
import pytest
import respx

from cfops.client import API_BASE, CloudflareError, create_record, list_zones

ZONE_ID = "{{hex32}}"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "test-token")
    with httpx.Client(base_url=API_BASE, headers={"Authorization": "Bearer test-token"}) as c:
        yield c


@respx.mock
def test_list_zones_sends_token(client):
    route = respx.get(f"{API_BASE}/zones").mock(
        return_value=httpx.Response(200, json={"success": True, "result": [{"id": ZONE_ID}]})
    )
    assert list_zones(client) == [{"id": ZONE_ID}]
    assert route.calls.last.request.headers["Authorization"] == "Bearer test-token"


@respx.mock
def test_errors_raise(client):
    respx.post(f"{API_BASE}/zones/{ZONE_ID}/dns_records").mock(
        return_value=httpx.Response(400, json={"success": False, "errors": [{"code": 9005}]})
    )
    with pytest.raises(CloudflareError):
        create_record(client, ZONE_ID, {"type": "A", "name": "x", "content": "192.0.2.1"})
