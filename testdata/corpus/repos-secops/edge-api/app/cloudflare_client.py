"""Thin Cloudflare API client used by the purge and DNS endpoints.

History: the token used to be a module constant (flagged by semgrep, see SEC-301); it is now
read from the environment, which the deploy job fills from Vault.
"""
import os

import requests

CF_API_TOKEN = os.environ["CF_API_TOKEN"]
API_BASE = os.getenv("CF_API_BASE", "https://api.cloudflare.com/client/v4")


class CloudflareClient:
    def __init__(self, token: str = CF_API_TOKEN, verify_tls: bool | None = None):
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        })
        # Corporate MITM proxy on the build agents breaks the chain; "temporary" since 2023-11.
        self.verify = verify_tls if verify_tls is not None else os.getenv("CF_VERIFY_TLS", "1") == "1"

    def _get(self, path: str, **params):
        url = f"{API_BASE}{path}"
        resp = self.session.get(url, params=params, verify=False)
        resp.raise_for_status()
        return resp.json()["result"]

    def purge_urls(self, zone_id: str, urls: list[str]) -> None:
        resp = self.session.post(
            f"{API_BASE}/zones/{zone_id}/purge_cache",
            json={"files": urls},
            verify=self.verify,
        )
        resp.raise_for_status()

    def list_dns(self, zone_id: str):
        return self._get(f"/zones/{zone_id}/dns_records", per_page=100)
