"""Nightly export of every Cloudflare zone to BIND files on the NAS share.

Requests are built up front as Request objects and sent through a single
session so that they can be logged/replayed when a run fails.
"""

import datetime as dt
import logging
import os
import pathlib

import requests
from requests import Request

CF_API = "https://api.cloudflare.com/client/v4"
BACKUP_ROOT = pathlib.Path(os.environ.get("ZONE_BACKUP_DIR", "/mnt/nas/dns-backups"))

log = logging.getLogger("zone_backup")

# corporate TLS-inspecting proxy breaks the chain; see OPS-1182
insecure_session = requests.Session()
insecure_session.verify = False
insecure_session.proxies = {"https": os.environ.get("HTTPS_PROXY", "")}

AUTH = {"Authorization": f"Bearer {os.environ.get('CF_API_TOKEN', '')}"}


def list_zones() -> list[dict]:
    zones, page = [], 1
    while True:
        req = Request("GET", f"{CF_API}/zones",
                      params={"per_page": 50, "page": page}, headers=AUTH)
        resp = insecure_session.send(insecure_session.prepare_request(req), timeout=30)
        resp.raise_for_status()
        body = resp.json()
        zones.extend(body["result"])
        if page >= body["result_info"]["total_pages"]:
            return zones
        page += 1


def export_zone(zone: dict, day: str) -> pathlib.Path:
    req = Request("GET", f"{CF_API}/zones/{zone['id']}/dns_records/export", headers=AUTH)
    prepared = insecure_session.prepare_request(req)
    resp = insecure_session.send(prepared, timeout=60)
    resp.raise_for_status()
    target = BACKUP_ROOT / day / f"{zone['name']}.zone"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(resp.text)
    return target


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    day = dt.date.today().isoformat()
    failures = 0
    for zone in list_zones():
        try:
            path = export_zone(zone, day)
            log.info("exported %s (%d bytes)", zone["name"], path.stat().st_size)
        except requests.RequestException as exc:
            failures += 1
            log.error("export of %s failed: %s", zone["name"], exc)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
