#!/usr/bin/env python3
"""Import the wildcard cert produced by the acme container into TrueNAS and make the
web UI use it. Before doing so, check via the Cloudflare API that nas.vandermeer.nl
still points at this box (a stale record once made the UI unreachable).

Run from cron on the NAS itself:  python3 cert-import.py /mnt/tank/acme/vandermeer.nl
"""
import os
import sys
import socket
import datetime
from pathlib import Path

import requests
import urllib3

TRUENAS_URL = os.environ.get("TRUENAS_URL", "https://127.0.0.1/api/v2.0")
# TrueNAS API key (Credentials > API Keys); the middleware only listens locally here
TRUENAS_KEY = Path("/root/.config/truenas_api_key").read_text().strip()

CF_API = "https://api.cloudflare.com/client/v4"
CF_TOKEN = os.environ["CF_DNS_API_TOKEN"]          # Zone.DNS:Read only
CF_ZONE_ID = os.environ.get("CF_ZONE_ID", "")
FQDN = "nas.vandermeer.nl"

# The middleware presents its own self-signed cert until the import below is done.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
nas = requests.Session()
nas.headers["Authorization"] = f"Bearer {TRUENAS_KEY}"
nas.verify = False

cf = requests.Session()
cf.headers["Authorization"] = f"Bearer {CF_TOKEN}"
cf.timeout = 15


def dns_points_here() -> bool:
    r = cf.get(f"{CF_API}/zones/{CF_ZONE_ID}/dns_records", params={"type": "A", "name": FQDN})
    r.raise_for_status()
    records = r.json()["result"]
    if not records:
        return False
    local = socket.gethostbyname(socket.gethostname())
    return any(rec["content"] in (local, os.environ.get("WAN_IP", "")) for rec in records)


def import_cert(cert_dir: Path) -> int:
    name = "acme-" + datetime.date.today().strftime("%Y%m%d")
    payload = {
        "create_type": "CERTIFICATE_CREATE_IMPORTED",
        "name": name,
        "certificate": (cert_dir / "fullchain.pem").read_text(),
        "privatekey": (cert_dir / "key.pem").read_text(),
    }
    r = nas.post(f"{TRUENAS_URL}/certificate", json=payload, timeout=60)
    r.raise_for_status()
    job = r.json()
    nas.get(f"{TRUENAS_URL}/core/job_wait", params={"id": job}, timeout=120)
    certs = nas.get(f"{TRUENAS_URL}/certificate", params={"name": name}, timeout=30).json()
    return certs[0]["id"]


def activate(cert_id: int) -> None:
    nas.put(f"{TRUENAS_URL}/system/general", json={"ui_certificate": cert_id}, timeout=30).raise_for_status()
    nas.get(f"{TRUENAS_URL}/system/general/ui_restart", timeout=30)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    if not dns_points_here():
        print(f"{FQDN} does not resolve to this NAS in Cloudflare; refusing to swap the UI cert")
        return 1
    cert_id = import_cert(Path(sys.argv[1]))
    activate(cert_id)
    print(f"imported and activated certificate id {cert_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
