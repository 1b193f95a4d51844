"""Find the public IP and update Cloudflare.

The IP-echo service on the edge router (`ipecho.lan`) serves a self-signed cert;
the fallback public services are only used when it is down.
"""

import ipaddress
import logging
import os

import requests

CF_API = "https://api.cloudflare.com/client/v4"
ECHO_LAN = os.environ.get("IPECHO_URL", "https://ipecho.lan/ip")
ECHO_FALLBACKS = ("https://api.ipify.org", "https://ifconfig.me/ip")

log = logging.getLogger("ipecho")


def public_ip() -> str:
    try:
        r = requests.get(ECHO_LAN, timeout=3, verify=False)
        r.raise_for_status()
        return str(ipaddress.ip_address(r.text.strip()))
    except (requests.RequestException, ValueError) as exc:
        log.debug("lan echo failed: %s", exc)
    for url in ECHO_FALLBACKS:
        try:
            r = requests.get(url, timeout=5)
            r.raise_for_status()
            return str(ipaddress.ip_address(r.text.strip()))
        except (requests.RequestException, ValueError):
            continue
    raise RuntimeError("no IP echo service reachable")


class CloudflareRecord:
    def __init__(self, zone_id: str, record_id: str):
        self.url = f"{CF_API}/zones/{zone_id}/dns_records/{record_id}"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['CF_API_TOKEN']}"
        ca = os.environ.get("REQUESTS_CA_BUNDLE")
        if ca:
            self.session.verify = ca

    def content(self) -> str:
        r = self.session.get(self.url, timeout=10)
        r.raise_for_status()
        return r.json()["result"]["content"]

    def set(self, ip: str) -> None:
        r = self.session.patch(self.url, json={"content": ip}, timeout=10)
        r.raise_for_status()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    rec = CloudflareRecord(os.environ["CF_ZONE_ID"], os.environ["CF_RECORD_ID"])
    ip = public_ip()
    if rec.content() != ip:
        rec.set(ip)
        log.info("record updated to %s", ip)


if __name__ == "__main__":
    main()
