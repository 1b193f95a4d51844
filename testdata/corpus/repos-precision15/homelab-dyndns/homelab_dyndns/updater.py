"""Dynamic DNS updater: reads the WAN address from the OPNsense router and
pushes it to the Cloudflare A record for the home zone."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
import urllib3

CF_API = "https://api.cloudflare.com/client/v4"

log = logging.getLogger(__name__)


@dataclass
class UpdaterConfig:
    zone_id: str
    record_name: str
    router_url: str
    router_key: str
    router_secret: str

    @classmethod
    def from_env(cls) -> "UpdaterConfig":
        return cls(
            zone_id=os.environ["CF_ZONE_ID"],
            record_name=os.environ.get("CF_RECORD_NAME", "home.example.net"),
            router_url=os.environ.get("OPNSENSE_URL", "https://10.0.0.1"),
            router_key=os.environ["OPNSENSE_API_KEY"],
            router_secret=os.environ["OPNSENSE_API_SECRET"],
        )


class DynDnsUpdater:
    def __init__(self, cfg: UpdaterConfig) -> None:
        self.cfg = cfg

        # Cloudflare API session: default CA bundle, scoped DNS:Edit token
        self.cf = requests.Session()
        self.cf.headers.update({
            "Authorization": f"Bearer {os.environ['CF_API_TOKEN']}",
            "Content-Type": "application/json",
        })

        # The router ships with a self-signed cert we never replaced
        self.router = requests.Session()
        self.router.auth = (cfg.router_key, cfg.router_secret)
        self.router.verify = False
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    def wan_address(self) -> str:
        r = self.router.get(
            f"{self.cfg.router_url}/api/interfaces/overview/getInterface/wan",
            timeout=10,
        )
        r.raise_for_status()
        return r.json()["ipv4"][0]["ipaddr"]

    def current_record(self) -> dict | None:
        r = self.cf.get(
            f"{CF_API}/zones/{self.cfg.zone_id}/dns_records",
            params={"type": "A", "name": self.cfg.record_name},
            timeout=15,
        )
        r.raise_for_status()
        result = r.json()["result"]
        return result[0] if result else None

    def run(self) -> bool:
        ip = self.wan_address()
        rec = self.current_record()
        body = {"type": "A", "name": self.cfg.record_name, "content": ip,
                "ttl": 120, "proxied": False}
        if rec is None:
            r = self.cf.post(f"{CF_API}/zones/{self.cfg.zone_id}/dns_records",
                             json=body, timeout=15)
        elif rec["content"] != ip:
            r = self.cf.put(
                f"{CF_API}/zones/{self.cfg.zone_id}/dns_records/{rec['id']}",
                json=body, timeout=15)
        else:
            log.info("record %s already at %s", self.cfg.record_name, ip)
            return False
        r.raise_for_status()
        log.info("updated %s -> %s", self.cfg.record_name, ip)
        return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    DynDnsUpdater(UpdaterConfig.from_env()).run()
