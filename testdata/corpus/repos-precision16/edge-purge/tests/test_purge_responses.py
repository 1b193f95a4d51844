"""Unit tests using `responses`: nothing leaves the process, the adapter is patched."""
import json

import pytest
import responses
from responses import matchers

from edge_purge.client import CloudflareError, PurgeClient

ZONE = "023e105f4ecef8ad9ca31a8372d0c353"
PURGE_URL = f"https://api.cloudflare.com/client/v4/zones/{ZONE}/purge_cache"


@responses.activate
def test_purge_urls_sends_files():
    responses.post(
        PURGE_URL,
        json={"success": True, "errors": [], "messages": [], "result": {"id": ZONE}},
        match=[
            matchers.header_matcher({"Authorization": "Bearer fake-token"}),
            matchers.json_params_matcher({"files": ["https://example.com/a.css"]}),
        ],
    )
    client = PurgeClient(token="fake-token", base_url="https://api.cloudflare.com/client/v4")
    result = client.purge_urls(ZONE, ["https://example.com/a.css"])
    assert result["id"] == ZONE
    assert len(responses.calls) == 1


@responses.activate
def test_purge_error_is_raised():
    responses.post(
        PURGE_URL,
        status=400,
        json={"success": False, "errors": [{"code": 1012, "message": "Request must contain one of ..."}], "result": None},
    )
    client = PurgeClient(token="fake-token", base_url="https://api.cloudflare.com/client/v4")
    with pytest.raises(CloudflareError, match="1012"):
        client.purge_tags(ZONE, [])


def test_too_many_urls():
    client = PurgeClient(token="fake-token")
    with pytest.raises(ValueError):
        client.purge_urls(ZONE, [f"https://example.com/{i}" for i in range(31)])


def test_purge_via_httpserver(client):
    assert client.purge_everything("023e105f4ecef8ad9ca31a8372d0c353")["id"]
