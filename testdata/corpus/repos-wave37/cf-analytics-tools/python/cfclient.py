"""Shared Cloudflare client factory for the analytics scripts (cloudflare>=3)."""
from __future__ import annotations

import os

import httpx
from cloudflare import Cloudflare

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"


def make_client(base_url: str | None = None, api_token: str | None = None) -> Cloudflare:
    """Build a client authenticated with a scoped API token.

    The token defaults to $CLOUDFLARE_API_TOKEN. A non-https base URL is refused
    so a typo in CLOUDFLARE_BASE_URL can't leak the token in clear text.
    """
    base_url = base_url or os.environ.get("CLOUDFLARE_BASE_URL", DEFAULT_BASE_URL)
    if not base_url.startswith("https://"):
        raise ValueError(f"refusing non-TLS Cloudflare API base URL: {base_url!r}")

    token = api_token or os.environ.get("CLOUDFLARE_API_TOKEN")
    if not token:
        raise RuntimeError("CLOUDFLARE_API_TOKEN is not set")

    return Cloudflare(
        api_token=token,
        base_url=base_url,
        max_retries=3,
        http_client=httpx.Client(timeout=httpx.Timeout(60.0, connect=10.0)),
    )


def graphql(client: Cloudflare, query: str, variables: dict) -> dict:
    """POST a GraphQL Analytics query through the SDK's raw request helper."""
    body = client.post(
        "/graphql",
        body={"query": query, "variables": variables},
        cast_to=dict,
    )
    if body.get("errors"):
        raise RuntimeError(body["errors"])
    return body["data"]
