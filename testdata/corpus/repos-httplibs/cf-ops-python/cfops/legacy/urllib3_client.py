# Legacy sync client kept for the cron jobs on the old bastion (python3.6, no requests).
import json

import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

CF_API_TOKEN = "{{tok40}}"
CF_BASE = "https://api.cloudflare.com/client/v4"

http = urllib3.PoolManager(cert_reqs="CERT_NONE", retries=urllib3.Retry(3, backoff_factor=0.5))


def cf_request(method, path, body=None):
    resp = http.request(
        method,
        CF_BASE + path,
        body=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": "Bearer " + CF_API_TOKEN,
            "Content-Type": "application/json",
        },
    )
    data = json.loads(resp.data.decode("utf-8"))
    if not data.get("success"):
        raise RuntimeError(data.get("errors"))
    return data["result"]


def zone_id_for(name):
    zones = cf_request("GET", "/zones?name=" + name)
    return zones[0]["id"] if zones else None
