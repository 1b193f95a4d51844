"""Resolve credentials from the environment.

Lookup order (first match wins):

1. ``CLOUDFLARE_API_TOKEN``
2. ``CLOUDFLARE_API_KEY`` + ``CLOUDFLARE_EMAIL``   (deprecated, emits a warning)
3. ``CLOUDFLARE_API_USER_SERVICE_KEY``             (deprecated, Origin CA only)
"""
from __future__ import annotations

import os
import warnings
from typing import Mapping, Optional

from ._types import ClientOptions

ENV_API_TOKEN = "CLOUDFLARE_API_TOKEN"
ENV_API_KEY = "CLOUDFLARE_API_KEY"
ENV_EMAIL = "CLOUDFLARE_EMAIL"
ENV_USER_SERVICE_KEY = "CLOUDFLARE_API_USER_SERVICE_KEY"
ENV_BASE_URL = "CLOUDFLARE_BASE_URL"


def _get(env: Mapping[str, str], name: str) -> Optional[str]:
    value = env.get(name, "").strip()
    return value or None


def options_from_env(env: Optional[Mapping[str, str]] = None) -> ClientOptions:
    env = os.environ if env is None else env
    opts: ClientOptions = {}

    base_url = _get(env, ENV_BASE_URL)
    if base_url:
        opts["base_url"] = base_url

    token = _get(env, ENV_API_TOKEN)
    if token:
        opts["api_token"] = token
        return opts

    key, email = _get(env, ENV_API_KEY), _get(env, ENV_EMAIL)
    if key and email:
        warnings.warn(
            f"{ENV_API_KEY}/{ENV_EMAIL} use the Global API Key; switch to {ENV_API_TOKEN}",
            DeprecationWarning,
            stacklevel=2,
        )
        opts["api_key"] = key
        opts["api_email"] = email
        return opts

    service_key = _get(env, ENV_USER_SERVICE_KEY)
    if service_key:
        opts["user_service_key"] = service_key
    return opts
