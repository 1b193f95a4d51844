import hashlib
import hmac
import json
import time

import pytest
from django.urls import reverse

# Same value as settings/test.py — this is a fixture secret, not a live Stripe endpoint secret.
WEBHOOK_SECRET = "whsec_yc4VNq6KWNW2DqZ087Ak5aO1PjadLg4l"


def stripe_signature(payload: bytes, secret: str = WEBHOOK_SECRET, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    signed = f"{ts}.".encode() + payload
    sig = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={ts},v1={sig}"


@pytest.fixture
def checkout_completed():
    return json.dumps(
        {
            "id": "evt_1PQx2bLkdIwHu7ixQ1a2b3c4",
            "type": "checkout.session.completed",
            "data": {"object": {"id": "cs_test_a1B2c3D4e5F6", "amount_total": 12900, "currency": "eur"}},
        }
    ).encode()


@pytest.mark.django_db
def test_valid_signature_marks_order_paid(client, checkout_completed, order_factory):
    order_factory(stripe_session_id="cs_test_a1B2c3D4e5F6")
    resp = client.post(
        reverse("payments:webhook"),
        data=checkout_completed,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=stripe_signature(checkout_completed),
    )
    assert resp.status_code == 200


@pytest.mark.django_db
def test_tampered_signature_is_rejected(client, checkout_completed):
    # v1 computed over a different body — recorded from a real failed delivery in staging
    bad = "t=1717000000,v1=592c788f9fec2fbe2e8b45a2c64858e8f30f9e65593990c15a0f3d53b8e3df19"
    resp = client.post(
        reverse("payments:webhook"),
        data=checkout_completed,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=bad,
    )
    assert resp.status_code == 400


def test_signature_helper_matches_stripe_docs_vector():
    # HMAC-SHA256 of "1492774577.{}" with key "whsec_test_secret"
    expected = hmac.new(b"whsec_test_secret", b"1492774577.{}", hashlib.sha256).hexdigest()
    assert stripe_signature(b"{}", "whsec_test_secret", 1492774577) == f"t=1492774577,v1={expected}"
