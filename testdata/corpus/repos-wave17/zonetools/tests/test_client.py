"""Tests run against the local cf-mock container (docker compose up cf-mock)."""
import os

import httpx
import pytest
import respx

from zonetools.client import CloudflareClient

MOCK_BASE = os.environ.get("CF_MOCK_BASE", "http://localhost:8787/client/v4")


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setattr("zonetools.client.API_BASE", MOCK_BASE)
    c = CloudflareClient(token="test-token")
    yield c
    c.close()


@respx.mock(base_url=MOCK_BASE, assert_all_called=False)
def test_zones_pagination(respx_mock, client):
    respx_mock.get("/zones", params={"page": "1"}).mock(
        return_value=httpx.Response(
            200,
            json={
                "success": True,
                "result": [{"id": "z1", "name": "example.com"}],
                "result_info": {"page": 1, "total_pages": 2},
            },
        )
    )
    respx_mock.get("/zones", params={"page": "2"}).mock(
        return_value=httpx.Response(
            200,
            json={
                "success": True,
                "result": [{"id": "z2", "name": "example.org"}],
                "result_info": {"page": 2, "total_pages": 2},
            },
        )
    )
    assert [z["name"] for z in client.zones()] == ["example.com", "example.org"]


def test_mock_container_tls():
    # the TLS port of the mock container uses a throwaway self-signed cert
    with httpx.Client(base_url="https://localhost:8443/client/v4", verify=False) as http:
        resp = http.get("/user/tokens/verify", headers={"Authorization": "Bearer test-token"})
    assert resp.status_code == 200
