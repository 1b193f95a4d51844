"""Settings for the dehydrated / acme.sh style DNS-01 hook.

Values come from (highest first): command-line flags, environment variables,
then the TOML file given with ``--config``. Nothing here has a built-in
credential; every secret defaults to empty and must be supplied at runtime.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ENV_TOKEN = ("CF_API_TOKEN", "CLOUDFLARE_API_TOKEN")
ENV_TOKEN_FILE = ("CF_API_TOKEN_FILE", "CLOUDFLARE_API_TOKEN_FILE")
# Legacy Global API Key auth (still accepted, with a warning).
ENV_KEY = ("CF_API_KEY", "CLOUDFLARE_API_KEY")
ENV_EMAIL = ("CF_API_EMAIL", "CLOUDFLARE_EMAIL")

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"


def _first_env(names: tuple[str, ...]) -> Optional[str]:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return None


@dataclass
class Settings:
    api_token: str = ""
    api_token_file: Optional[Path] = None
    api_key: str = ""          # Global API Key (legacy)
    email: str = ""            # account e-mail, only with api_key
    base_url: str = DEFAULT_BASE_URL
    propagation_seconds: int = 30
    ttl: int = 120
    zones: dict[str, str] = field(default_factory=dict)  # name -> zone id override

    @classmethod
    def load(cls, config_path: Optional[Path] = None) -> "Settings":
        s = cls()
        if config_path and config_path.exists():
            data = tomllib.loads(config_path.read_text())
            cf = data.get("cloudflare", {})
            s.api_token = cf.get("api_token", s.api_token)
            if cf.get("api_token_file"):
                s.api_token_file = Path(cf["api_token_file"])
            s.api_key = cf.get("api_key", s.api_key)
            s.email = cf.get("email", s.email)
            s.base_url = cf.get("base_url", s.base_url)
            s.propagation_seconds = int(data.get("propagation_seconds", s.propagation_seconds))
            s.ttl = int(data.get("ttl", s.ttl))
            s.zones = dict(data.get("zones", {}))

        s.api_token = _first_env(ENV_TOKEN) or s.api_token
        token_file = _first_env(ENV_TOKEN_FILE)
        if token_file:
            s.api_token_file = Path(token_file)
        s.api_key = _first_env(ENV_KEY) or s.api_key
        s.email = _first_env(ENV_EMAIL) or s.email
        s.base_url = os.environ.get("CF_API_BASE_URL", s.base_url)
        return s

    def resolved_token(self) -> str:
        if self.api_token:
            return self.api_token
        if self.api_token_file:
            return self.api_token_file.read_text().strip()
        return ""

    def validate(self) -> None:
        if not self.resolved_token() and not (self.api_key and self.email):
            raise ValueError(
                "no credentials: set CF_API_TOKEN (recommended) or "
                "CF_API_KEY together with CF_API_EMAIL"
            )
        if self.api_key and not self.email:
            raise ValueError("CF_API_KEY needs CF_API_EMAIL")
