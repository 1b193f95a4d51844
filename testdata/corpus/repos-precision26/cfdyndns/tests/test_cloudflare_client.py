"""Unit tests for CloudflareClient using `responses` (no network, no cassettes)."""
import json
import pathlib

import pytest
import responses
from responses import matchers

from cfdyndns.cloudflare import CloudflareAPIError, CloudflareClient

API = "https://api.cloudflare.com/client/v4"
FIXTURES = pathlib.Path(__file__).parent / "fixtures"
FAKE_TOKEN = "test-token"  # never sent anywhere: responses intercepts the adapter


@pytest.fixture
def client():
    return CloudflareClient(token=FAKE_TOKEN)


@responses.activate
def test_list_zones_paginates(client):
    page1 = json.loads((FIXTURES / "zones_page1.json").read_text())
    page2 = {
        "result": [{"id": "353c0d2738a13ac9da8fece4f501e320", "name": "example.org", "status": "active"}],
        "result_info": {"page": 2, "per_page": 2, "count": 1, "total_count": 3, "total_pages": 2},
        "success": True, "errors": [], "messages": [],
    }
    responses.get(
        f"{API}/zones",
        json=page1,
        match=[
            matchers.query_param_matcher({"page": "1", "per_page": "2"}),
            matchers.header_matcher({"Authorization": f"Bearer {FAKE_TOKEN}"}),
        ],
    )
    responses.get(
        f"{API}/zones",
        json=page2,
        match=[matchers.query_param_matcher({"page": "2", "per_page": "2"})],
    )

    zones = list(client.iter_zones(per_page=2))

    assert [z["name"] for z in zones] == ["example.com", "example.net", "example.org"]
    assert responses.calls[0].request.headers["Authorization"] == "Bearer test-token"
    # the client must never fall back to legacy key auth
    assert "X-Auth-Key" not in responses.calls[0].request.headers


@responses.activate
def test_api_error_is_raised(client):
    responses.get(
        f"{API}/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records",
        status=403,
        json={
            "success": False,
            "errors": [{"code": 9109, "message": "Invalid access token"}],
            "messages": [],
            "result": None,
        },
    )
    with pytest.raises(CloudflareAPIError) as exc:
        client.list_records("023e105f4ecef8ad9ca31a8372d0c353")
    assert exc.value.code == 9109


@responses.activate
def test_rate_limit_retry(client):
    url = f"{API}/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records"
    responses.get(url, status=429, headers={"Retry-After": "0"}, json={"success": False, "errors": [{"code": 971}]})
    responses.get(url, json={"result": [], "success": True, "errors": [], "messages": [],
                             "result_info": {"page": 1, "per_page": 100, "count": 0, "total_count": 0}})
    assert client.list_records("023e105f4ecef8ad9ca31a8372d0c353") == []
    assert len(responses.calls) == 2
