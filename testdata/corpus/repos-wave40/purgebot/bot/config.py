from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field


@dataclass
class Config:
    guild_id: int
    admin_role: str
    cf_api_token: str = ""
    cf_email: str = ""
    cf_key: str = ""
    zones: dict[str, str] = field(default_factory=dict)


def load_config(path: str) -> Config:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    cf = raw.get("cloudflare", {})
    return Config(
        guild_id=int(raw["discord"]["guild_id"]),
        admin_role=raw["discord"].get("admin_role", "Infra"),
        # env wins over the file so CI can run with a throwaway token
        cf_api_token=os.environ.get("CF_API_TOKEN", cf.get("api_token", "")),
        cf_email=cf.get("email", ""),
        cf_key=cf.get("global_key", ""),
        zones=cf.get("zones", {}),
    )
