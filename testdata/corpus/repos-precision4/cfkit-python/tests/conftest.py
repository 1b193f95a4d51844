import os

import pytest

from cfkit import Cloudflare

# Values used when replaying cassettes. They are never sent to the real API:
# cassettes are recorded with filter_headers below and replayed offline in CI.
FAKE_TOKEN = "cfut_test"
FAKE_KEY = "0" * 37
FAKE_EMAIL = "dev@example.com"
FAKE_ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353"
FAKE_ACCOUNT_ID = "01a7362d577a6c3019a474fd6f485823"


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": [
            ("authorization", "<REDACTED>"),
            ("x-auth-key", "FILTERED"),
            ("x-auth-email", "FILTERED"),
            ("x-auth-user-service-key", "FILTERED"),
            ("set-cookie", "FILTERED"),
        ],
        "decode_compressed_response": True,
        "record_mode": os.environ.get("CFKIT_RECORD_MODE", "none"),
    }


@pytest.fixture
def token_client():
    token = os.environ.get("CLOUDFLARE_API_TOKEN", FAKE_TOKEN)
    with Cloudflare(api_token=token) as client:
        yield client


@pytest.fixture
def mock_base_url():
    return "http://127.0.0.1:4010/client/v4"
