import os

import requests

API = "https://api.cloudflare.com/client/v4"


def _headers():
    token = os.environ["CLOUDFLARE_API_TOKEN"]
    return {"Authorization": f"Bearer {token}"}


def list_hooks(account_id: str):
    r = requests.get(f"{API}/accounts/{account_id}/alerting/v3/destinations/webhooks", headers=_headers(), timeout=10)
    r.raise_for_status()
    return r.json()["result"]
