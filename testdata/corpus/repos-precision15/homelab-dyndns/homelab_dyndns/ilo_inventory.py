"""Publish iLO management addresses as `<serial>.oob.example.org` records.

The iLO Redfish endpoints are polled with one session and the same session is
handed to `publish_records`, which writes to Cloudflare.
"""

import os
import sys
import logging

import requests
import urllib3

CF_API = "https://api.cloudflare.com/client/v4"
OOB_SUFFIX = os.environ.get("OOB_SUFFIX", "oob.example.org")

log = logging.getLogger("ilo_inventory")
urllib3.disable_warnings()


def make_session() -> requests.Session:
    s = requests.Session()
    s.verify = False  # iLO 5 factory certs
    s.headers["User-Agent"] = "ilo-inventory/1.3"
    return s


def ilo_serial(session: requests.Session, host: str) -> str:
    r = session.get(
        f"https://{host}/redfish/v1/Systems/1/",
        auth=(os.environ["ILO_USER"], os.environ["ILO_PASSWORD"]),
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["SerialNumber"].lower()


def publish_records(session: requests.Session, zone_id: str, records: dict[str, str]) -> None:
    headers = {"Authorization": f"Bearer {os.environ['CF_API_TOKEN']}"}
    for name, ip in records.items():
        q = session.get(f"{CF_API}/zones/{zone_id}/dns_records",
                        params={"name": name}, headers=headers, timeout=15)
        q.raise_for_status()
        body = {"type": "A", "name": name, "content": ip, "ttl": 600,
                "comment": "managed by ilo_inventory"}
        existing = q.json()["result"]
        if existing:
            session.put(f"{CF_API}/zones/{zone_id}/dns_records/{existing[0]['id']}",
                        json=body, headers=headers, timeout=15).raise_for_status()
        else:
            session.post(f"{CF_API}/zones/{zone_id}/dns_records",
                         json=body, headers=headers, timeout=15).raise_for_status()
        log.info("%s -> %s", name, ip)


def main(hosts: list[str]) -> None:
    logging.basicConfig(level=logging.INFO)
    session = make_session()
    records = {}
    for host in hosts:
        try:
            records[f"{ilo_serial(session, host)}.{OOB_SUFFIX}"] = host
        except requests.RequestException as exc:
            log.warning("skipping %s: %s", host, exc)
    publish_records(session, os.environ["CF_ZONE_ID"], records)


if __name__ == "__main__":
    main(sys.argv[1:] or os.environ.get("ILO_HOSTS", "").split())
