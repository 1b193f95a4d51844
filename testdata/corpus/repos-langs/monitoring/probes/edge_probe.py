"""Probes: the internal Grafana (self-signed) and the Cloudflare API status."""
import os

import requests

GRAFANA = "https://grafana.monitoring.svc:3000"


def grafana_health():
    # self-signed cert inside the cluster
    return requests.get(f"{GRAFANA}/api/health", verify=False, timeout=5).ok


def cloudflare_token_ok():
    r = requests.get(
        "https://api.cloudflare.com/client/v4/user/tokens/verify",
        headers={"Authorization": "Bearer " + os.environ["CF_API_TOKEN"]},
        timeout=5,
    )
    return r.json()["result"]["status"] == "active"
