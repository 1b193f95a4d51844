"""Fetch the Cloudflare token from the lab Vault, then rotate the ACME TXT record.

The lab Vault (vault.lab.internal:8200) runs with a dev-CA cert; Cloudflare
traffic uses the normal system trust store.
"""

import os

import hvac
import requests

CF_API = "https://api.cloudflare.com/client/v4"
VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.lab.internal:8200")


def cloudflare_token() -> str:
    vault = hvac.Client(
        url=VAULT_ADDR,
        token=os.environ.get("VAULT_TOKEN"),
        verify=False,
    )
    if not vault.is_authenticated():
        vault.auth.approle.login(
            role_id=os.environ["VAULT_ROLE_ID"],
            secret_id=os.environ["VAULT_SECRET_ID"],
        )
    secret = vault.secrets.kv.v2.read_secret_version(
        mount_point="homelab", path="cloudflare/dns-edit")
    return secret["data"]["data"]["api_token"]


class AcmeTxt:
    def __init__(self, zone_id: str, token: str):
        self.zone_id = zone_id
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {token}"})

    def set(self, name: str, value: str) -> str:
        r = self.http.post(
            f"{CF_API}/zones/{self.zone_id}/dns_records",
            json={"type": "TXT", "name": name, "content": value, "ttl": 60},
            timeout=15,
        )
        r.raise_for_status()
        return r.json()["result"]["id"]

    def clear(self, record_id: str) -> None:
        self.http.delete(f"{CF_API}/zones/{self.zone_id}/dns_records/{record_id}",
                         timeout=15).raise_for_status()


if __name__ == "__main__":
    import sys
    txt = AcmeTxt(os.environ["CF_ZONE_ID"], cloudflare_token())
    if sys.argv[1] == "deploy":
        print(txt.set(f"_acme-challenge.{sys.argv[2]}", sys.argv[3]))
    else:
        txt.clear(sys.argv[2])
