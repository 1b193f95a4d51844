"""Shared pytest fixtures for the cfdyndns test suite.

Cassettes live in tests/cassettes/<module>/<test>.yaml and are replayed with
``--record-mode=none`` in CI.  Re-record locally with a scoped token that only
has Zone:Read and DNS:Edit on the test zone::

    CLOUDFLARE_API_TOKEN=... pytest --record-mode=rewrite -k zones

Every header below is replaced *before* the cassette is written, so the
placeholder is what ends up on disk.  If you add a new auth mechanism, add its
header here first.
"""
import json
import os

import pytest

from cfdyndns.cloudflare import CloudflareClient
from cfdyndns.providers.zilore import ZiloreClient

SCRUBBED_HEADERS = [
    ("authorization", "<CLOUDFLARE_API_TOKEN>"),
    # legacy Global API Key auth (pre-1.0 clients) and the Zilore provider
    # both use X-Auth-Key; neither value may reach a cassette.
    ("x-auth-key", "REDACTED"),
    ("x-auth-email", "REDACTED"),
    ("cf-access-client-id", "REDACTED"),
    ("cf-access-client-secret", "REDACTED"),
]

RESPONSE_HEADERS_TO_DROP = ("set-cookie", "cf-ray", "report-to", "nel", "server-timing")


def _scrub_response(response):
    headers = response["headers"]
    for name in list(headers):
        if name.lower() in RESPONSE_HEADERS_TO_DROP:
            headers.pop(name)

    body = response["body"].get("string")
    if body and b'"value":' in body:
        # /user/tokens responses include the one-time token value
        payload = json.loads(body)
        result = payload.get("result") or {}
        if isinstance(result, dict) and "value" in result:
            result["value"] = "FILTERED"
            response["body"]["string"] = json.dumps(payload).encode()
    return response


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": SCRUBBED_HEADERS,
        "filter_query_parameters": [("api_token", "REDACTED")],
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "host", "path", "query"],
        "record_mode": os.environ.get("VCR_RECORD_MODE", "none"),
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request):
    return os.path.join(os.path.dirname(__file__), "cassettes", request.module.__name__.split(".")[-1])


@pytest.fixture
def cf_client():
    # In replay mode the token is never checked; any string will do.
    token = os.environ.get("CLOUDFLARE_API_TOKEN", "dummy-token-for-replay")
    return CloudflareClient(token=token, timeout=10)


@pytest.fixture
def zone_id():
    return os.environ.get("CFDYNDNS_TEST_ZONE_ID", "023e105f4ecef8ad9ca31a8372d0c353")


@pytest.fixture
def zilore_client():
    return ZiloreClient(api_key=os.environ.get("ZILORE_API_KEY", "zilore-test-key"))
