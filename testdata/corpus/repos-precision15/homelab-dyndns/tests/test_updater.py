import pytest
import responses

from homelab_dyndns.updater import CF_API, DynDnsUpdater, UpdaterConfig


@pytest.fixture
def cfg(monkeypatch):
    monkeypatch.setenv("CF_API_TOKEN", "test-token")
    return UpdaterConfig(
        zone_id="zone123",
        record_name="home.example.net",
        router_url="https://10.0.0.1",
        router_key="k",
        router_secret="s",
    )


@responses.activate
def test_updates_when_ip_changes(cfg):
    responses.get("https://10.0.0.1/api/interfaces/overview/getInterface/wan",
                  json={"ipv4": [{"ipaddr": "203.0.113.7"}]})
    responses.get(f"{CF_API}/zones/zone123/dns_records",
                  json={"result": [{"id": "r1", "content": "203.0.113.1"}]})
    responses.put(f"{CF_API}/zones/zone123/dns_records/r1", json={"success": True})

    assert DynDnsUpdater(cfg).run() is True
    assert responses.calls[-1].request.headers["Authorization"] == "Bearer test-token"


@responses.activate
def test_noop_when_unchanged(cfg):
    responses.get("https://10.0.0.1/api/interfaces/overview/getInterface/wan",
                  json={"ipv4": [{"ipaddr": "203.0.113.7"}]})
    responses.get(f"{CF_API}/zones/zone123/dns_records",
                  json={"result": [{"id": "r1", "content": "203.0.113.7"}]})
    assert DynDnsUpdater(cfg).run() is False


def test_router_session_is_insecure_but_cf_is_not(cfg):
    up = DynDnsUpdater(cfg)
    assert up.router.verify is False
    assert up.cf.verify is True
