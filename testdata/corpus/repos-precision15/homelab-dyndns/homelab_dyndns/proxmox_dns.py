"""Register Proxmox guests in Cloudflare DNS.

One shared HTTP session is used for both the Proxmox API and Cloudflare so the
retry/backoff adapter only has to be configured once.
"""

import os
import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CF_API = "https://api.cloudflare.com/client/v4"

log = logging.getLogger(__name__)


class ProxmoxDnsPublisher:
    def __init__(self, pve_host: str, zone_id: str, domain: str):
        self.pve = f"https://{pve_host}:8006/api2/json"
        self.zone_id = zone_id
        self.domain = domain

        self.http = requests.Session()
        retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(429, 502, 503))
        self.http.mount("https://", HTTPAdapter(max_retries=retry))
        # pveproxy uses the node's self-signed cert
        self.http.verify = False

        self.pve_auth = {
            "Authorization": "PVEAPIToken={}={}".format(
                os.environ["PVE_TOKEN_ID"], os.environ["PVE_TOKEN_SECRET"]),
        }
        self.cf_auth = {"Authorization": f"Bearer {os.environ['CF_API_TOKEN']}"}

    def guests(self):
        r = self.http.get(f"{self.pve}/cluster/resources", params={"type": "vm"},
                          headers=self.pve_auth, timeout=10)
        r.raise_for_status()
        for vm in r.json()["data"]:
            if vm.get("status") != "running":
                continue
            ip = self._guest_ip(vm["node"], vm["vmid"])
            if ip:
                yield vm["name"], ip

    def _guest_ip(self, node: str, vmid: int) -> str | None:
        r = self.http.get(
            f"{self.pve}/nodes/{node}/qemu/{vmid}/agent/network-get-interfaces",
            headers=self.pve_auth, timeout=10)
        if r.status_code != 200:
            return None
        for iface in r.json()["data"]["result"]:
            for addr in iface.get("ip-addresses", []):
                if addr["ip-address-type"] == "ipv4" and not addr["ip-address"].startswith("127."):
                    return addr["ip-address"]
        return None

    def upsert(self, name: str, ip: str) -> None:
        fqdn = f"{name}.{self.domain}"
        r = self.http.get(f"{CF_API}/zones/{self.zone_id}/dns_records",
                          params={"name": fqdn, "type": "A"},
                          headers=self.cf_auth, timeout=15)
        r.raise_for_status()
        found = r.json()["result"]
        body = {"type": "A", "name": fqdn, "content": ip, "ttl": 300}
        if found:
            url = f"{CF_API}/zones/{self.zone_id}/dns_records/{found[0]['id']}"
            self.http.put(url, json=body, headers=self.cf_auth, timeout=15).raise_for_status()
        else:
            self.http.post(f"{CF_API}/zones/{self.zone_id}/dns_records", json=body,
                           headers=self.cf_auth, timeout=15).raise_for_status()
        log.info("published %s -> %s", fqdn, ip)


def main():
    logging.basicConfig(level=logging.INFO)
    pub = ProxmoxDnsPublisher(os.environ.get("PVE_HOST", "pve01.lab.internal"),
                              os.environ["CF_ZONE_ID"],
                              os.environ.get("LAB_DOMAIN", "lab.example.org"))
    for name, ip in pub.guests():
        pub.upsert(name, ip)


if __name__ == "__main__":
    main()
