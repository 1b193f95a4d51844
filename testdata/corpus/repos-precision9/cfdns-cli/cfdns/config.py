"""Profile configuration for cfdns.

The configuration file is TOML, by default ``~/.config/cfdns/config.toml``::

    [profile.default]
    api_token = "<your-token>"
    default_zone = "example.com"

    [profile.ci]
    api_token_file = "/run/secrets/cloudflare_token"
    base_url = "https://api.cloudflare.com/client/v4"

Precedence, highest first: ``CLOUDFLARE_API_TOKEN``, ``CLOUDFLARE_API_TOKEN_FILE``,
the profile's ``api_token_file``, the profile's ``api_token``.

Global API Key settings (``api_key`` together with ``email``) were removed in
2.0. A profile that still contains them is rejected with a message pointing at
the migration notes, rather than silently falling back to the legacy
``X-Auth-Key`` / ``X-Auth-Email`` headers.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_PATH = Path(os.environ.get("CFDNS_CONFIG", "~/.config/cfdns/config.toml")).expanduser()
LEGACY_KEYS = ("api_key", "email")


class ConfigError(Exception):
    pass


@dataclass
class Profile:
    token: str
    base_url: str = "https://api.cloudflare.com/client/v4"
    default_zone: str | None = None


def load_profile(name: str = "default", path: Path = DEFAULT_PATH) -> Profile:
    """Resolve the token and settings for profile *name*.

    >>> os.environ["CLOUDFLARE_API_TOKEN"] = "xxxxxxxx"   # placeholder for the doctest
    >>> load_profile("default", Path("/nonexistent")).token
    'xxxxxxxx'
    """
    section: dict = {}
    if path.exists():
        mode = path.stat().st_mode
        if mode & (stat.S_IRGRP | stat.S_IROTH):
            raise ConfigError(f"{path} is readable by other users; chmod 600 it")
        with path.open("rb") as fh:
            section = tomllib.load(fh).get("profile", {}).get(name, {})

    legacy = [k for k in LEGACY_KEYS if k in section]
    if legacy:
        raise ConfigError(
            f"profile {name!r} sets {', '.join(legacy)}: Global API Key auth was removed "
            "in cfdns 2.0; create an API token and set api_token instead"
        )

    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if not token and os.environ.get("CLOUDFLARE_API_TOKEN_FILE"):
        token = Path(os.environ["CLOUDFLARE_API_TOKEN_FILE"]).read_text().strip()
    if not token and section.get("api_token_file"):
        token = Path(section["api_token_file"]).expanduser().read_text().strip()
    if not token:
        token = section.get("api_token")
    if not token:
        raise ConfigError("no API token: set CLOUDFLARE_API_TOKEN or api_token in the profile")

    base_url = section.get("base_url", Profile.base_url)
    if not base_url.startswith("https://"):
        raise ConfigError("base_url must be https://")
    return Profile(token=token, base_url=base_url, default_zone=section.get("default_zone"))
