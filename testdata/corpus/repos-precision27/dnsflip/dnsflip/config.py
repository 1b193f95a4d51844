"""Config loading and validation."""
from __future__ import annotations

import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

log = logging.getLogger(__name__)

DEFAULT_PATH = Path("~/.config/dnsflip.toml").expanduser()

# Environment variables that older dnsflip versions (and other tools such as
# lego, acme.sh or Terraform) use for the Cloudflare Global API Key. dnsflip
# never reads their values; it only warns that they are ignored.
IGNORED_GLOBAL_KEY_VARS = ("CF_API_KEY", "CLOUDFLARE_API_KEY", "CLOUDFLARE_EMAIL", "CF_API_EMAIL")

_ENV_REF = re.compile(r"^\$\{([A-Z_][A-Z0-9_]*)\}$")
_GLOBAL_KEY_SHAPE = re.compile(r"^[0-9a-f]{37}$")


class ConfigError(Exception):
    pass


@dataclass
class Config:
    cloudflare_token: str | None = None
    cloudflare_zones: dict[str, str] = field(default_factory=dict)
    zilore_key: str | None = None


def _expand(value: str | None) -> str | None:
    """Expand a whole-value ``${VAR}`` reference; anything else is literal."""
    if value is None:
        return None
    m = _ENV_REF.match(value.strip())
    return os.environ.get(m.group(1)) if m else value


def check_api_base(url: str) -> str:
    """Reject plain-HTTP API bases unless they point at this machine."""
    parsed = urlparse(url)
    if parsed.scheme == "https":
        return url
    if parsed.scheme == "http" and parsed.hostname in ("localhost", "127.0.0.1", "::1"):
        return url
    raise ConfigError(f"refusing insecure API base {url!r}: use https://")


def load_config(path: str | None, *, cli_token: str | None = None,
                cli_token_file: str | None = None) -> Config:
    for var in IGNORED_GLOBAL_KEY_VARS:
        if os.environ.get(var):
            log.warning("%s is set but ignored: dnsflip only supports API tokens", var)

    if override := os.environ.get("DNSFLIP_CF_API_BASE"):
        check_api_base(override)

    raw: dict = {}
    cfg_path = Path(path).expanduser() if path else DEFAULT_PATH
    if cfg_path.exists():
        if cfg_path.stat().st_mode & 0o077:
            log.warning("%s is readable by other users; chmod 600 it", cfg_path)
        raw = tomllib.loads(cfg_path.read_text())

    cf = raw.get("cloudflare", {})
    if "api_key" in cf or "email" in cf:
        raise ConfigError("[cloudflare] api_key/email were removed in 2.0; set api_token instead")

    token = cli_token
    if not token and cli_token_file:
        token = Path(cli_token_file).read_text().strip()
    if not token:
        token = _expand(cf.get("api_token")) or os.environ.get("CLOUDFLARE_API_TOKEN")

    if token and _GLOBAL_KEY_SHAPE.match(token):
        raise ConfigError(
            "the Cloudflare credential looks like a Global API Key (37 hex characters); "
            "create an API token instead"
        )

    zilore = raw.get("zilore", {})
    return Config(
        cloudflare_token=token,
        cloudflare_zones=dict(cf.get("zones", {})),
        zilore_key=_expand(zilore.get("api_key")) or os.environ.get("ZILORE_API_KEY"),
    )
