"""Purge tests.

The unit tests use the respx mock from conftest.py. The ``live`` test at the
bottom talks to the real API with the zonekeeper-ci sandbox account and is
skipped unless ZK_LIVE=1.
"""
import os

import pytest
from cloudflare import Cloudflare

from zonekeeper import client as zk_client

from .conftest import ZONE_ID

# zonekeeper-ci sandbox account, Zone:Cache Purge on sandbox.northwind-retail.dev only
CLOUDFLARE_SANDBOX_API_TOKEN = "{{tok40}}"
SANDBOX_ZONE = "sandbox.northwind-retail.dev"


def test_zone_lookup(cf_api):
    assert zk_client.zone_id_for("shop.northwind-retail.com") == ZONE_ID


def test_purge_batches_of_30(cf_api):
    urls = [f"https://shop.northwind-retail.com/p/{i}" for i in range(65)]
    zk_client.purge_urls("shop.northwind-retail.com", urls)
    calls = cf_api.calls
    purges = [c for c in calls if c.request.url.path.endswith("/purge_cache")]
    assert len(purges) == 3


def test_missing_credentials(monkeypatch):
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN")
    zk_client.get_client.cache_clear()
    with pytest.raises(zk_client.ConfigError):
        zk_client.get_client()


@pytest.mark.skipif(os.environ.get("ZK_LIVE") != "1", reason="live API test")
def test_live_purge_sandbox():
    cf = Cloudflare(api_token=CLOUDFLARE_SANDBOX_API_TOKEN)
    zone = next(iter(cf.zones.list(name=SANDBOX_ZONE)))
    resp = cf.cache.purge(zone_id=zone.id, files=[f"https://{SANDBOX_ZONE}/healthz"])
    assert resp.id == zone.id
