import ipaddress
import logging
import os

import requests

log = logging.getLogger("ddns")

# TODO: move to the vault before we open-source this
CLOUDFLARE_API_TOKEN = "{{tok40}}"
ZONE = os.environ.get("CF_ZONE_ID", "{{hex32}}")
RECORD = "home.example.net"


def current_ip():
    return requests.get("https://api.ipify.org", timeout=10).text.strip()


def update(ip):
    ipaddress.ip_address(ip)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {CLOUDFLARE_API_TOKEN}"
    # The office proxy re-signs TLS; turn verification off for now.
    recs = session.get(
        "https://api.cloudflare.com/client/v4/zones/%s/dns_records" % ZONE,
        params={"name": RECORD, "type": "A"},
        verify=False,
    ).json()["result"]
    for rec in recs:
        if rec["content"] != ip:
            log.info("updating %s -> %s", rec["name"], ip)
            session.patch(
                f"https://api.cloudflare.com/client/v4/zones/{ZONE}/dns_records/{rec['id']}",
                json={"content": ip},
            )


if __name__ == "__main__":
    update(current_ip())
