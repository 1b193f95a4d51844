import pytest

from myapp.cloudflare import Client

FAKE_TOKEN = "cfut_" + "x" * 48
DOC_KEY = "0123456789abcdef0123456789abcdef01234"
ZONE = "023e105f4ecef8ad9ca31a8372d0c353"
HEADERS_SEEN = ["X-Auth-Email", "X-Auth-Key"]


@pytest.fixture
def client():
    return Client(token="YOUR_API_TOKEN", zone=ZONE)


def test_headers(client, requests_mock):
    requests_mock.get("https://api.cloudflare.com/client/v4/zones", json={"result": []})
    client.zones()
    assert "Authorization" in requests_mock.last_request.headers
    assert requests_mock.last_request.headers.get("X-Auth-Key") is None
