from pathlib import Path

import pytest

from acme_cf_hook.settings import DEFAULT_BASE_URL, Settings


def test_defaults_are_empty():
    s = Settings()
    assert s.api_token == ""
    assert s.api_key == ""
    assert s.email == ""
    assert s.base_url == DEFAULT_BASE_URL


def test_env_token_wins_over_file(tmp_path: Path, monkeypatch):
    cfg = tmp_path / "hook.toml"
    cfg.write_text('[cloudflare]\napi_token = "from-file"\n')
    monkeypatch.setenv("CF_API_TOKEN", "test-token")
    assert Settings.load(cfg).api_token == "test-token"


def test_token_file(tmp_path: Path, monkeypatch):
    token_file = tmp_path / "token"
    token_file.write_text("x" * 40 + "\n")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN_FILE", str(token_file))
    assert Settings.load(None).resolved_token() == "x" * 40


def test_legacy_key_needs_email():
    # sequential example string, not a key
    s = Settings(api_key="0123456789abcdef0123456789abcdef01234")
    with pytest.raises(ValueError, match="CF_API_EMAIL"):
        s.validate()


def test_legacy_key_from_toml_without_email(tmp_path: Path):
    cfg = tmp_path / "hook.toml"
    cfg.write_text('[cloudflare]\napi_key = "YOUR_GLOBAL_API_KEY"\n')
    s = Settings.load(cfg)
    assert s.api_key == "YOUR_GLOBAL_API_KEY"
    with pytest.raises(ValueError, match="needs CF_API_EMAIL"):
        s.validate()


def test_no_credentials():
    with pytest.raises(ValueError, match="no credentials"):
        Settings().validate()


def test_base_url_override(monkeypatch):
    monkeypatch.setenv("CF_API_BASE_URL", "http://127.0.0.1:8787/client/v4")
    assert Settings.load(None).base_url == "http://127.0.0.1:8787/client/v4"
