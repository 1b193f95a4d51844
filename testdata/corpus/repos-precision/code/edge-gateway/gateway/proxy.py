"""Reverse proxy that relays /client/v4/* to Cloudflare with the gateway's own token.

Client-supplied Cloudflare credentials are stripped so that a caller can never
act with anything but the gateway's scoped token.
"""
from __future__ import annotations

import os

import httpx
from starlette.requests import Request
from starlette.responses import Response

UPSTREAM = os.environ.get("CF_UPSTREAM", "https://api.cloudflare.com")

HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
    "te", "trailers", "transfer-encoding", "upgrade", "host",
}
STRIP_INBOUND = {
    "authorization",
    "x-auth-key",
    "x-auth-email",
    "x-auth-user-service-key",
    "cf-access-client-id",
    "cf-access-client-secret",
}

_client = httpx.AsyncClient(base_url=UPSTREAM, timeout=30.0)


def _gateway_token() -> str:
    with open(os.environ.get("CF_TOKEN_FILE", "/run/secrets/cf_api_token")) as fh:
        return fh.read().strip()


async def relay(request: Request) -> Response:
    headers = {
        k: v for k, v in request.headers.items()
        if k.lower() not in HOP_BY_HOP and k.lower() not in STRIP_INBOUND
    }
    headers["Authorization"] = f"Bearer {_gateway_token()}"
    headers["X-Forwarded-For"] = request.client.host if request.client else ""

    upstream = await _client.request(
        request.method,
        request.url.path,
        params=request.query_params,
        headers=headers,
        content=await request.body(),
    )
    out_headers = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
    return Response(upstream.content, status_code=upstream.status_code, headers=out_headers)
