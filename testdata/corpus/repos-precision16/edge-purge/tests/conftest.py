import json
import os

import pytest
import vcr

from edge_purge.client import PurgeClient

ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353"
TEST_TOKEN = "test-token"


@pytest.fixture
def cf_mock(httpserver):
    """pytest-httpserver standing in for api.cloudflare.com."""
    ok = {"success": True, "errors": [], "messages": [], "result": {"id": ZONE_ID}}
    httpserver.expect_request(
        f"/client/v4/zones/{ZONE_ID}/purge_cache",
        method="POST",
        headers={"Authorization": f"Bearer {TEST_TOKEN}"},
    ).respond_with_json(ok)
    return httpserver


@pytest.fixture
def client(cf_mock):
    return PurgeClient(token=TEST_TOKEN, base_url=cf_mock.url_for("/client/v4"))


@pytest.fixture(scope="session")
def cassette():
    """VCR for the handful of tests that replay recorded API traffic."""
    return vcr.VCR(
        cassette_library_dir=os.path.join(os.path.dirname(__file__), "cassettes"),
        record_mode=os.environ.get("VCR_RECORD_MODE", "none"),
        filter_headers=[("authorization", "REDACTED")],
        match_on=["method", "scheme", "host", "path", "body"],
        decode_compressed_response=True,
    )


def load_json(name: str) -> dict:
    with open(os.path.join(os.path.dirname(__file__), "data", name)) as fh:
        return json.load(fh)
