import os
from unittest import mock

import pytest


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "YOUR_API_TOKEN")
    monkeypatch.setenv("CF_ZONE_ID", "00000000000000000000000000000000")


def test_client_uses_env_token():
    with mock.patch("cloudflare.Cloudflare") as cf:
        from cloudflare import Cloudflare

        Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"])
        cf.assert_called_once_with(api_token="YOUR_API_TOKEN")


def test_legacy_key_rejected():
    with pytest.raises(KeyError):
        _ = os.environ["CLOUDFLARE_API_KEY"]
