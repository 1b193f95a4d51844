"""Shared fixtures: run the exercise solutions against a local mock of the v4 API.

The mock (tests/mock_api.py, based on Prism + the public OpenAPI schema) listens on
https://127.0.0.1:8443 with a throwaway self-signed certificate, so we turn off
certificate verification for *that* session only.
"""
import os
import subprocess
import time

import pytest
import requests

MOCK_URL = "https://127.0.0.1:8443/client/v4"
FAKE_TOKEN = "test-token-not-real"


@pytest.fixture(scope="session")
def mock_api():
    proc = subprocess.Popen(["python", "tests/mock_api.py", "--port", "8443", "--tls-selfsigned"])
    for _ in range(50):
        try:
            requests.get(f"{MOCK_URL}/ping", verify=False, timeout=0.2)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    yield MOCK_URL
    proc.terminate()


@pytest.fixture
def mock_session(mock_api):
    s = requests.Session()
    s.verify = False  # self-signed cert on 127.0.0.1 only
    s.headers["Authorization"] = f"Bearer {FAKE_TOKEN}"
    return s


@pytest.fixture(autouse=True)
def _env(monkeypatch, mock_api):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "023e105f4ecef8ad9ca31a8372d0c353")
    monkeypatch.setenv("CF_API_BASE", mock_api)
    monkeypatch.delenv("CLOUDFLARE_API_KEY", raising=False)
    monkeypatch.delenv("CLOUDFLARE_EMAIL", raising=False)
