"""Betamax setup for the account-token integration tests.

These tests predate the vcrpy migration and still use Betamax because they
exercise cfdyndns.session.RetrySession directly.  Placeholders are substituted
at record time: the real token/account id never hit the cassette file.
"""
import os

import betamax
import pytest
from betamax_serializers import pretty_json

from cfdyndns.session import RetrySession

betamax.Betamax.register_serializer(pretty_json.PrettyJSONSerializer)

CF_TOKEN = os.environ.get("CLOUDFLARE_API_TOKEN", "x" * 40)
CF_ACCOUNT_ID = os.environ.get("CLOUDFLARE_ACCOUNT_ID", "0" * 32)

with betamax.Betamax.configure() as config:
    config.cassette_library_dir = os.path.join(os.path.dirname(__file__), "cassettes")
    config.default_cassette_options["serialize_with"] = "prettyjson"
    config.default_cassette_options["record_mode"] = os.environ.get("BETAMAX_RECORD_MODE", "none")
    config.default_cassette_options["match_requests_on"] = ["method", "uri"]
    config.define_cassette_placeholder("<CF_API_TOKEN>", CF_TOKEN)
    config.define_cassette_placeholder("<CF_ACCOUNT_ID>", CF_ACCOUNT_ID)


@pytest.fixture
def recorded_session(request):
    session = RetrySession(token=CF_TOKEN)
    recorder = betamax.Betamax(session)
    cassette = request.node.name
    with recorder.use_cassette(cassette):
        yield session


def test_tokens_verify(recorded_session):
    resp = recorded_session.get(
        f"https://api.cloudflare.com/client/v4/accounts/{CF_ACCOUNT_ID}/tokens/verify"
    )
    assert resp.json()["result"]["status"] == "active"
