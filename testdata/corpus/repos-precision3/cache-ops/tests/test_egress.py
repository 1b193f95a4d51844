import pytest

from cache_ops.egress import EgressDenied, assert_allowed


@pytest.mark.parametrize(
    "url",
    [
        "http://api.cloudflare.com/client/v4/zones",
        "http://api.cloudflare.com/client/v4/zones/a835636a3389ffed6c3fbd3d2b254314/purge_cache",
        "HTTP://API.CLOUDFLARE.COM/client/v4/user/tokens/verify",
        "http://api.fed.cloudflare.com/client/v4/zones",
        "ftp://api.cloudflare.com/",
    ],
)
def test_plain_http_to_cloudflare_is_denied(url):
    with pytest.raises(EgressDenied):
        assert_allowed(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.cloudflare.com/client/v4/zones",
        "http://127.0.0.1:8787/client/v4/zones",
        "http://localhost:8787/client/v4/zones",
    ],
)
def test_allowed(url):
    assert_allowed(url)
