import pytest


class FakeEnv:
    CF_API_BASE = "https://api.cloudflare.com/client/v4"
    CF_ACCOUNT_ID = "0" * 32
    TUNNEL_ID = "00000000-0000-0000-0000-000000000000"
    TUNNEL_TOKEN = "fake-tunnel-token"
    CF_ADMIN_TOKEN = "test-admin-token"


@pytest.fixture
def env():
    return FakeEnv()
