"""Uptime monitor.

Docs: the Cloudflare API is at https://api.cloudflare.com/client/v4; we only
read the public status page here. Internal services use self-signed certs.
"""
import os

import requests

CLOUDFLARE_STATUS = "https://www.cloudflarestatus.com/api/v2/status.json"
INTERNAL = ["https://10.0.0.5/health", "https://10.0.0.6/health"]


def check():
    ok = requests.get(CLOUDFLARE_STATUS, timeout=10).json()["status"]["indicator"] == "none"
    for url in INTERNAL:
        requests.get(url, timeout=5, verify=os.environ.get("CA_BUNDLE", True))
    return ok
