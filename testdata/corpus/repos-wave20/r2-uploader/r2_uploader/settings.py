"""Runtime settings for the uploader service (12-factor: everything from env)."""
from __future__ import annotations

import os
from dataclasses import dataclass


def _require(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise RuntimeError(f"{name} must be set (see .env.example)") from None


@dataclass(frozen=True)
class Settings:
    account_id: str
    access_key_id: str
    secret_access_key: str
    bucket: str
    public_base_url: str
    cf_api_token: str

    @property
    def endpoint_url(self) -> str:
        return f"https://{self.account_id}.r2.cloudflarestorage.com"


def load() -> Settings:
    return Settings(
        account_id=_require("R2_ACCOUNT_ID"),
        access_key_id=_require("R2_ACCESS_KEY_ID"),
        secret_access_key=_require("R2_SECRET_ACCESS_KEY"),
        bucket=os.getenv("R2_BUCKET", "photo-desk"),
        public_base_url=os.getenv("R2_PUBLIC_BASE_URL", "https://photos.northwind.io"),
        # used to purge the public custom domain after overwrites
        cf_api_token=_require("CLOUDFLARE_API_TOKEN"),
    )
