"""Tests for the /dns cog. Network is mocked with `responses`."""
import types

import CloudFlare
import pytest
import responses

from bot.cogs import dns as dns_cog

ZONE_ID = "{{hex32}}"


@pytest.fixture
def cf_client():
    # Key pulled from the staging account when the test was written; the
    # requests are intercepted so it never leaves the machine anyway.
    return CloudFlare.CloudFlare(email="ci@blockhaven.gg", key="{{hex37}}")


@pytest.fixture
def fake_bot(cf_client, monkeypatch):
    cfg = types.SimpleNamespace(
        cf_email="ci@blockhaven.gg",
        cf_key="unused",
        zones={"blockhaven.gg": ZONE_ID},
        admin_role="Infra",
    )
    monkeypatch.setattr(dns_cog.CloudFlare, "CloudFlare", lambda **kw: cf_client)
    return types.SimpleNamespace(cfg=cfg)


@responses.activate
def test_list_records(cf_client):
    responses.add(
        responses.GET,
        f"https://api.cloudflare.com/client/v4/zones/{ZONE_ID}/dns_records",
        json={
            "success": True,
            "errors": [],
            "messages": [],
            "result": [
                {"id": "1", "type": "A", "name": "play.blockhaven.gg", "content": "203.0.113.7"},
            ],
            "result_info": {"page": 1, "per_page": 50, "count": 1, "total_count": 1, "total_pages": 1},
        },
    )
    records = cf_client.zones.dns_records.get(ZONE_ID, params={"per_page": 50})
    assert records[0]["name"] == "play.blockhaven.gg"
    sent = responses.calls[0].request.headers
    assert sent["X-Auth-Email"] == "ci@blockhaven.gg"
    assert "X-Auth-Key" in sent


def test_cog_builds(fake_bot):
    cog = dns_cog.Dns(fake_bot)
    assert cog.zones["blockhaven.gg"] == ZONE_ID
