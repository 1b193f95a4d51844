"""Runtime settings for cache-ops, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

API_BASE = os.environ.get("CACHE_OPS_API_BASE", "https://api.cloudflare.com/client/v4")

# Zone ids are not secret; keep them here so the CLI can resolve names offline.
ZONES = {
    "northwind.example": "0fcb35d7ea22181556d9abdf620ff076",
    "northwind.dev": "57ed0a657fdfdc2121d21497a3cea3f0",
    "static.northwind.example": "db29aad583906bb968b3899bf511262a",
}

ACCOUNT_ID = "d6c20f8bc74e30156e16ad92c48d0ba4"


@dataclass(frozen=True)
class Settings:
    api_base: str = API_BASE
    # cache purge token (Zone.Cache Purge on all northwind zones)
    api_token: str = field(
        default_factory=lambda: os.environ.get("CF_API_TOKEN", "{{cfut}}")
    )
    purge_batch_size: int = int(os.environ.get("CACHE_OPS_BATCH", "30"))
    dry_run: bool = os.environ.get("CACHE_OPS_DRY_RUN", "0") == "1"


def load() -> Settings:
    return Settings()
