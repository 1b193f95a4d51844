import logging

import pytest

from dnsflip.config import ConfigError, check_api_base, load_config


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in ("CLOUDFLARE_API_TOKEN", "CF_API_KEY", "CLOUDFLARE_API_KEY",
                "DNSFLIP_CF_API_BASE", "ZILORE_API_KEY"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize(
    "url",
    [
        "http://api.cloudflare.com/client/v4",
        "http://api.cloudflare.com/client/v4/",
        "ftp://api.cloudflare.com/client/v4",
    ],
)
def test_insecure_api_base_is_rejected(url):
    with pytest.raises(ConfigError, match="insecure API base"):
        check_api_base(url)


@pytest.mark.parametrize(
    "url",
    ["https://api.cloudflare.com/client/v4", "http://localhost:8080/client/v4", "http://127.0.0.1:9/x"],
)
def test_secure_or_local_api_base_is_accepted(url):
    assert check_api_base(url) == url


def test_env_reference_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "placeholder-token")
    cfg = tmp_path / "dnsflip.toml"
    cfg.write_text('[cloudflare]\napi_token = "${CLOUDFLARE_API_TOKEN}"\n')
    cfg.chmod(0o600)
    assert load_config(str(cfg)).cloudflare_token == "placeholder-token"


def test_legacy_keys_in_config_are_an_error(tmp_path):
    cfg = tmp_path / "dnsflip.toml"
    cfg.write_text('[cloudflare]\nemail = "me@example.com"\napi_key = "<redacted>"\n')
    with pytest.raises(ConfigError, match="removed in 2.0"):
        load_config(str(cfg))


def test_global_key_shape_is_refused():
    with pytest.raises(ConfigError, match="Global API Key"):
        load_config(None, cli_token="d" * 37)


def test_global_key_env_var_only_warns(monkeypatch, caplog):
    monkeypatch.setenv("CF_API_KEY", "ignored")
    with caplog.at_level(logging.WARNING):
        load_config(None, cli_token="t" * 40)
    assert "CF_API_KEY is set but ignored" in caplog.text
