"""Authentication middleware for the internal edge-gateway admin API.

The admin API deliberately mimics Cloudflare's v4 auth scheme so that the
same tooling (flarectl, cf-terraforming) can be pointed at it in staging.
Incoming requests may authenticate either with ``Authorization: Bearer``
or with the legacy ``X-Auth-Email`` / ``X-Auth-Key`` pair.
"""
from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

from gateway.credentials import CredentialStore

log = logging.getLogger(__name__)

AUTH_KEY_HEADER = "X-Auth-Key"
AUTH_EMAIL_HEADER = "X-Auth-Email"


@dataclass(frozen=True)
class Principal:
    subject: str
    scheme: str


def _error(code: int, message: str, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"success": False, "errors": [{"code": code, "message": message}], "messages": [], "result": None},
        status_code=status,
    )


class CloudflareStyleAuth(BaseHTTPMiddleware):
    def __init__(self, app, store: CredentialStore):
        super().__init__(app)
        self.store = store

    async def dispatch(self, request: Request, call_next):
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            token = auth[7:].strip()
            subject = self.store.lookup_token(token)
            if subject is None:
                return _error(10000, "Authentication error", 403)
            request.state.principal = Principal(subject, "token")
            return await call_next(request)

        key = request.headers.get(AUTH_KEY_HEADER)
        email = request.headers.get(AUTH_EMAIL_HEADER)
        if not key:
            return _error(6003, "X-Auth-Key: missing")
        if not email:
            return _error(6003, "X-Auth-Email: missing")
        if len(key) != 37:
            return _error(6103, "Invalid format for X-Auth-Key header")

        expected = self.store.lookup_key(email)
        if expected is None or not hmac.compare_digest(expected, key):
            log.warning("rejected key auth for %s", email)
            return _error(9103, "Unknown X-Auth-Key or X-Auth-Email", 403)

        log.info("legacy key auth used by %s; ask them to migrate to tokens", email)
        request.state.principal = Principal(email, "key")
        return await call_next(request)
