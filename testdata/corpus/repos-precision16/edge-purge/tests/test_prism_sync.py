"""Synchronous client against Prism (run with `pytest -m prism` after `docker compose up prism`)."""
import pytest
import requests

from edge_purge.client import PurgeClient

MOCK_BASE = "https://127.0.0.1:4443/client/v4"
ZONE = "023e105f4ecef8ad9ca31a8372d0c353"

pytestmark = pytest.mark.prism


@pytest.fixture
def mock_client():
    session = requests.Session()
    # Self-signed cert from the local Caddy in front of Prism.
    session.verify = False
    return PurgeClient(token="test-token", base_url=MOCK_BASE, session=session)


def test_purge_everything(mock_client):
    result = mock_client.purge_everything(ZONE)
    assert "id" in result


def test_purge_urls(mock_client):
    result = mock_client.purge_urls(ZONE, ["https://example.com/index.html"])
    assert "id" in result


def test_health():
    r = requests.get("https://127.0.0.1:4443/client/v4/zones", verify=False, headers={"Authorization": "Bearer test-token"})
    assert r.status_code == 200
