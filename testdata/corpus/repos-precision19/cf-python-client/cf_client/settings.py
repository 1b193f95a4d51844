"""Runtime settings for cf_client helpers, loaded with pydantic-settings.

Values come from the environment (prefix ``CLOUDFLARE_``) or a local ``.env``;
nothing here has a default credential.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class CloudflareSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CLOUDFLARE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    api_token: SecretStr | None = Field(
        default=None,
        description="Scoped API token (CLOUDFLARE_API_TOKEN).",
    )
    # Declared only so we can reject it with a clear message instead of
    # silently ignoring a leftover CLOUDFLARE_API_KEY in someone's shell.
    api_key: SecretStr | None = Field(
        default=None,
        deprecated="Global API Key auth was removed in cf_client 0.8; use api_token.",
    )
    email: str | None = None
    account_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    zone_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    base_url: AnyHttpUrl = AnyHttpUrl("https://api.cloudflare.com/client/v4")
    timeout_seconds: float = 30.0
    verify_ssl: bool = True

    @field_validator("base_url")
    @classmethod
    def _https_for_cloudflare(cls, v: AnyHttpUrl) -> AnyHttpUrl:
        if v.host == "api.cloudflare.com" and v.scheme != "https":
            raise ValueError("base_url for api.cloudflare.com must be https")
        return v

    @field_validator("verify_ssl")
    @classmethod
    def _never_insecure(cls, v: bool) -> bool:
        if not v:
            raise ValueError("verify_ssl=False is not supported; add your CA via REQUESTS_CA_BUNDLE")
        return v

    @model_validator(mode="after")
    def _no_global_key(self) -> "CloudflareSettings":
        if self.api_key is not None:
            raise ValueError(
                "CLOUDFLARE_API_KEY is set but X-Auth-Key auth is no longer supported; "
                "create an API token and set CLOUDFLARE_API_TOKEN instead"
            )
        if self.api_token is None:
            raise ValueError("CLOUDFLARE_API_TOKEN is required")
        return self

    def auth_headers(self) -> dict[str, str]:
        assert self.api_token is not None
        return {"Authorization": f"Bearer {self.api_token.get_secret_value()}"}


@lru_cache(maxsize=1)
def get_settings() -> CloudflareSettings:
    return CloudflareSettings()
