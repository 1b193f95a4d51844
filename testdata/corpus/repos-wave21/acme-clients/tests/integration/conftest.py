"""Shared fixtures for the ACME integration tests.

The pebble/challtestsrv pair runs in docker compose (tests/docker-compose.pebble.yml)
and serves a self-signed cert, so requests to it skip verification.
"""
import os
import time

import pytest
import requests
import urllib3

PEBBLE_DIR = os.environ.get("PEBBLE_DIR", "https://localhost:14000/dir")
CHALLTESTSRV = os.environ.get("CHALLTESTSRV", "http://localhost:8055")

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


@pytest.fixture(scope="session")
def pebble():
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            r = requests.get(PEBBLE_DIR, verify=False, timeout=2)
            if r.ok:
                return r.json()
        except requests.ConnectionError:
            time.sleep(1)
    pytest.fail("pebble did not come up")


@pytest.fixture
def fake_dns():
    """Point challtestsrv's default A record at the runner."""
    requests.post(f"{CHALLTESTSRV}/set-default-ipv4", json={"ip": "10.30.50.1"}, timeout=5)
    yield CHALLTESTSRV
    requests.post(f"{CHALLTESTSRV}/clear-txt", json={"host": "_acme-challenge.example.test."}, timeout=5)


@pytest.fixture
def cloudflare_token():
    tok = os.environ.get("CLOUDFLARE_DNS_API_TOKEN")
    if not tok:
        pytest.skip("CLOUDFLARE_DNS_API_TOKEN not set")
    return tok
