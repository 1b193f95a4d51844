import os

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "live: talks to the real Cloudflare API")


@pytest.fixture
def live_env(monkeypatch):
    """Credentials for the cfops-ci sandbox account (live tests only)."""
    if not os.environ.get("CFOPS_LIVE"):
        pytest.skip("set CFOPS_LIVE=1 to run live tests")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "{{tok40}}")
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "{{hex32}}")
    yield


@pytest.fixture
def anyio_backend():
    return "asyncio"
