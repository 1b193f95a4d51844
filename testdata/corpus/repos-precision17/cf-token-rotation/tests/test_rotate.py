"""Tests for scripts/rotate_api_token.py. All HTTP is mocked with `responses`;
token values are obvious fakes."""
import importlib.util
import pathlib

import pytest
import responses

_spec = importlib.util.spec_from_file_location(
    "rotate", pathlib.Path(__file__).parents[1] / "scripts" / "rotate_api_token.py"
)
rotate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rotate)

BASE = "https://api.cloudflare.com/client/v4"
FAKE_ROTATOR = "test-rotator-token-not-real"
FAKE_NEW = "cfut_" + "x" * 44
TOKEN_ID = "0" * 32


def test_build_base_accepts_https():
    assert rotate.build_base(BASE + "/") == BASE


@pytest.mark.parametrize("url", ["http://api.cloudflare.com/client/v4", "ftp://api.cloudflare.com", "api.cloudflare.com"])
def test_build_base_rejects_non_https(url):
    with pytest.raises(ValueError):
        rotate.build_base(url)


def test_mask_keeps_prefix_only():
    assert rotate.mask(FAKE_NEW) == "cfut_xx…"
    assert rotate.mask("") == "<empty>"


@responses.activate
def test_roll_returns_new_value():
    responses.put(
        f"{BASE}/user/tokens/{TOKEN_ID}/value",
        json={"success": True, "errors": [], "messages": [], "result": FAKE_NEW},
        match=[responses.matchers.header_matcher({"Authorization": f"Bearer {FAKE_ROTATOR}"})],
    )
    assert rotate.roll(rotate.cf_session(FAKE_ROTATOR), BASE, TOKEN_ID) == FAKE_NEW


@responses.activate
def test_roll_raises_on_api_error():
    responses.put(
        f"{BASE}/user/tokens/{TOKEN_ID}/value",
        json={"success": False, "errors": [{"code": 1000, "message": "Invalid API Token"}], "result": None},
    )
    with pytest.raises(RuntimeError):
        rotate.roll(rotate.cf_session(FAKE_ROTATOR), BASE, TOKEN_ID)


@responses.activate
def test_verify_rejects_inactive_token():
    responses.get(
        f"{BASE}/user/tokens/verify",
        json={"success": True, "result": {"id": TOKEN_ID, "status": "disabled"}},
    )
    with pytest.raises(RuntimeError, match="disabled"):
        rotate.verify(BASE, FAKE_NEW)


def test_session_uses_bearer_not_global_key():
    s = rotate.cf_session(FAKE_ROTATOR)
    assert s.headers["Authorization"] == f"Bearer {FAKE_ROTATOR}"
    assert "X-Auth-Key" not in s.headers
    assert "X-Auth-Email" not in s.headers
