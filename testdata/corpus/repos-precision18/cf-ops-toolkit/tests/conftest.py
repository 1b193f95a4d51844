import os

import pytest

# Headers that must never end up in a cassette. X-Auth-* is listed so that an
# accidental Global-API-Key request is scrubbed too, even though cfops never sends it.
SCRUB_HEADERS = [
    ("authorization", "<REDACTED>"),
    ("x-auth-key", "<REDACTED>"),
    ("x-auth-email", "<REDACTED>"),
    ("x-amz-security-token", "<REDACTED>"),
]


def _scrub_response(response):
    # Token create/roll responses carry the new secret in result.value
    body = response.get("body", {}).get("string", b"")
    if isinstance(body, bytes) and b'"value"' in body:
        import json
        import re

        try:
            data = json.loads(body)
            if isinstance(data.get("result"), dict) and "value" in data["result"]:
                data["result"]["value"] = re.sub(r"(?<=^.{5}).*", "*" * 36, data["result"]["value"])
                response["body"]["string"] = json.dumps(data).encode()
        except ValueError:
            pass
    return response


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": SCRUB_HEADERS,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "path", "query"],
    }


@pytest.fixture
def cf_token():
    # Replaying cassettes needs no real token.
    return os.environ.get("CLOUDFLARE_API_TOKEN", "test-token-not-used")


@pytest.fixture
def zone_id():
    return "023e105f4ecef8ad9ca31a8372d0c353"
