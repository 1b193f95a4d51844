"""Mirror NetBox IP addresses tagged `publish-dns` into Cloudflare."""

import os
import logging

import requests

CF_API = "https://api.cloudflare.com/client/v4"
NETBOX_URL = os.environ.get("NETBOX_URL", "https://netbox.lab.internal")

log = logging.getLogger("ipam_sync")


class IpamSync:
    """Pulls from IPAM, pushes to Cloudflare DNS."""

    def __init__(self, zone_id: str, netbox_ca: str | None = None):
        self.zone_id = zone_id

        self.ipam = requests.Session()
        self.ipam.headers["Authorization"] = f"Token {os.environ['NETBOX_TOKEN']}"
        self.ipam.headers["Accept"] = "application/json"
        if netbox_ca:
            self.ipam.verify = netbox_ca
        else:
            # lab NetBox uses the appliance default cert
            self.ipam.verify = False

        self.cf = requests.Session()
        self.cf.headers["Authorization"] = "Bearer " + os.environ["CLOUDFLARE_API_TOKEN"]

    def tagged_addresses(self):
        url = f"{NETBOX_URL}/api/ipam/ip-addresses/"
        params = {"tag": "publish-dns", "limit": 200}
        while url:
            r = self.ipam.get(url, params=params, timeout=20)
            r.raise_for_status()
            data = r.json()
            for item in data["results"]:
                if item.get("dns_name"):
                    yield item["dns_name"], item["address"].split("/")[0]
            url, params = data.get("next"), None

    def existing(self) -> dict[str, dict]:
        out, page = {}, 1
        while True:
            r = self.cf.get(
                f"{CF_API}/zones/{self.zone_id}/dns_records",
                params={"type": "A", "per_page": 100, "page": page},
                timeout=15,
            )
            r.raise_for_status()
            payload = r.json()
            for rec in payload["result"]:
                out[rec["name"]] = rec
            if page >= payload["result_info"]["total_pages"]:
                return out
            page += 1

    def sync(self, dry_run: bool = False) -> int:
        have = self.existing()
        changed = 0
        for name, ip in self.tagged_addresses():
            rec = have.get(name)
            if rec and rec["content"] == ip:
                continue
            changed += 1
            log.info("%s %s -> %s", "would set" if dry_run else "set", name, ip)
            if dry_run:
                continue
            body = {"type": "A", "name": name, "content": ip, "ttl": 300}
            if rec:
                self.cf.patch(f"{CF_API}/zones/{self.zone_id}/dns_records/{rec['id']}",
                              json=body, timeout=15).raise_for_status()
            else:
                self.cf.post(f"{CF_API}/zones/{self.zone_id}/dns_records",
                             json=body, timeout=15).raise_for_status()
        return changed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    IpamSync(os.environ["CF_ZONE_ID"], os.environ.get("NETBOX_CA_BUNDLE")).sync(
        dry_run=bool(os.environ.get("DRY_RUN")))
