"""Tests for purge_zone.py.

The client is constructed for real so that we exercise python-cloudflare's
auth header handling; all network calls are intercepted by `responses`.
"""
import json

import CloudFlare
import pytest
import responses

import purge_zone

API = "https://api.cloudflare.com/client/v4"
ZONE_ID = "{{hex32}}"


@pytest.fixture
def cf():
    return CloudFlare.CloudFlare(email="ci-bot@example.com", key="{{hex37}}", raw=False)


@responses.activate
def test_zone_lookup(cf):
    responses.get(
        f"{API}/zones",
        json={"success": True, "errors": [], "messages": [], "result": [{"id": ZONE_ID, "name": "example.com"}]},
    )
    assert purge_zone.zone_id_for(cf, "example.com") == ZONE_ID
    sent = responses.calls[0].request
    assert sent.headers["X-Auth-Email"] == "ci-bot@example.com"


@responses.activate
def test_purge_everything(cf, monkeypatch, capsys):
    responses.get(
        f"{API}/zones",
        json={"success": True, "errors": [], "messages": [], "result": [{"id": ZONE_ID, "name": "example.com"}]},
    )
    responses.post(
        f"{API}/zones/{ZONE_ID}/purge_cache",
        json={"success": True, "errors": [], "messages": [], "result": {"id": ZONE_ID}},
    )
    monkeypatch.setattr(purge_zone, "get_client", lambda: cf)
    monkeypatch.setattr("sys.argv", ["purge_zone.py", "example.com"])

    assert purge_zone.main() == 0
    body = json.loads(responses.calls[1].request.body)
    assert body == {"purge_everything": True}
    assert "purge accepted" in capsys.readouterr().out


@responses.activate
def test_unknown_zone_exits(cf):
    responses.get(f"{API}/zones", json={"success": True, "errors": [], "messages": [], "result": []})
    with pytest.raises(SystemExit):
        purge_zone.zone_id_for(cf, "nope.example")
