import warnings

import pytest

from acme_cf_hook.client import CloudflareDNS
from acme_cf_hook.settings import Settings

from .conftest import MOCK_BASE_URL, ZONE_ID


def _settings(**kw) -> Settings:
    return Settings(base_url=MOCK_BASE_URL, ttl=120, **kw)


def test_add_and_remove_txt_with_token(fake_cf):
    dns = CloudflareDNS(_settings(api_token="test-token"))

    rec_id = dns.add_txt("_acme-challenge.example.com", "abc123")
    assert rec_id in fake_cf.records

    post = [r for r in fake_cf.seen if r["method"] == "POST"][0]
    assert post["headers"]["Authorization"] == "Bearer test-token"
    assert "X-Auth-Key" not in post["headers"]
    assert post["body"] == {"type": "TXT", "name": "_acme-challenge.example.com",
                            "content": "abc123", "ttl": 120}

    dns.remove_txt("_acme-challenge.example.com", "abc123")
    assert fake_cf.records == {}


def test_token_path_emits_no_deprecation_warning(fake_cf):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dns = CloudflareDNS(_settings(api_token="test-token"))
    assert not any(issubclass(w.category, DeprecationWarning) for w in caught)

    assert dns.zone_id("_acme-challenge.example.com") == ZONE_ID
    hdrs = fake_cf.seen[0]["headers"]
    assert hdrs["Authorization"] == "Bearer test-token"
    assert "X-Auth-Email" not in hdrs


def test_unknown_zone(fake_cf):
    dns = CloudflareDNS(_settings(api_token="test-token"))
    with pytest.raises(Exception, match="no zone found"):
        dns.zone_id("_acme-challenge.not-mine.org")
