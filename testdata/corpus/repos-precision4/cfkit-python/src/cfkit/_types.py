from __future__ import annotations

from typing import Mapping, Optional, TypedDict, Union

import httpx


class ClientOptions(TypedDict, total=False):
    """Options accepted by :class:`cfkit.Cloudflare`.

    Attributes:
        api_token: A scoped API token (``cfut_...`` user token or ``cfat_...``
            account token). Sent as ``Authorization: Bearer``.
        api_key: **Deprecated.** The account's Global API Key. Must be used
            together with ``api_email``; sent as the ``X-Auth-Key`` header.
        api_email: **Deprecated.** Email address of the account that owns
            ``api_key``; sent as ``X-Auth-Email``.
        user_service_key: **Deprecated.** Origin CA "user service key"
            (``X-Auth-User-Service-Key``). Only used by the Origin CA endpoints.
        base_url: Override the API root, e.g. for a recording proxy.
        timeout: Request timeout.
        default_headers: Extra headers merged into every request.
    """

    api_token: Optional[str]
    api_key: Optional[str]
    api_email: Optional[str]
    user_service_key: Optional[str]
    base_url: Optional[str]
    timeout: Union[float, httpx.Timeout, None]
    default_headers: Optional[Mapping[str, str]]


class Credentials(TypedDict, total=False):
    kind: str  # "token" | "global_key" | "service_key"
    api_token: Optional[str]
    api_key: Optional[str]
    api_email: Optional[str]
