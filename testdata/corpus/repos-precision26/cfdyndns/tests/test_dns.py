import pytest

from cfdyndns.cloudflare import CloudflareClient, InsecureBaseURLError
from cfdyndns.updater import sync_record


@pytest.mark.vcr
def test_update_record(cf_client, zone_id):
    changed = sync_record(
        cf_client,
        zone_id=zone_id,
        name="home.example.com",
        address="203.0.113.77",
        ttl=120,
    )
    assert changed is True


@pytest.mark.vcr("test_update_record.yaml")
def test_update_record_is_idempotent_on_replay(cf_client, zone_id):
    # Same cassette, second call must still match on method/host/path/query.
    changed = sync_record(cf_client, zone_id=zone_id, name="home.example.com",
                          address="203.0.113.77", ttl=120)
    assert changed is True


@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.cloudflare.com/client/v4",
        "http://api.cloudflare.com:80/client/v4/",
        "ftp://api.cloudflare.com/client/v4",
    ],
)
def test_plain_http_base_url_is_rejected(base_url):
    # 0.9.x accepted http:// and silently followed the 301; 1.x refuses to
    # send the token anywhere but https.
    with pytest.raises(InsecureBaseURLError):
        CloudflareClient(token="dummy-token-for-replay", base_url=base_url)


def test_localhost_base_url_allows_http():
    client = CloudflareClient(token="dummy-token-for-replay",
                              base_url="http://127.0.0.1:4010/client/v4")
    assert client.base_url.startswith("http://127.0.0.1")


def test_token_is_not_in_repr():
    client = CloudflareClient(token="dummy-token-for-replay")
    assert "dummy-token-for-replay" not in repr(client)
    assert "token=****" in repr(client)
