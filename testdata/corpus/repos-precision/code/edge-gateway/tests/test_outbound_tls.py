"""Checks that our outbound HTTP session honours proxy and TLS settings.

These run against httpbin rather than the Cloudflare API so that CI never
needs real credentials; see tests/conftest.py for the Cloudflare mock.
"""
import os

import pytest
import requests

HTTPBIN = os.environ.get("HTTPBIN_URL", "https://localhost:8443")


@pytest.mark.integration
def test_self_signed_httpbin_reachable():
    # local httpbin container uses a throwaway self-signed certificate
    r = requests.get(f"{HTTPBIN}/headers", verify=False, timeout=5)
    assert r.status_code == 200


@pytest.mark.integration
def test_headers_are_echoed():
    r = requests.get(
        f"{HTTPBIN}/headers",
        headers={"X-Request-Id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
        verify=False,
        timeout=5,
    )
    assert r.json()["headers"]["X-Request-Id"].startswith("3fa85f64")
