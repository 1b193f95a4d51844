from __future__ import annotations

from cloudflare import Cloudflare

_client: Cloudflare | None = None


def get_client() -> Cloudflare:
    global _client
    if _client is None:
        _client = Cloudflare(
            api_email="certs@example.io",
            api_key="{{hex37}}",
            max_retries=4,
        )
    return _client


def zone_ids(names):
    c = get_client()
    return {z.name: z.id for z in c.zones.list() if z.name in names}
