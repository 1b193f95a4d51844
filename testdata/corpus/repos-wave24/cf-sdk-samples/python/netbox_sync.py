"""Create Cloudflare DNS records for every NetBox IP address tagged 'public-dns'.

NetBox runs on an appliance with a self-signed certificate, so the NetBox
client skips verification.  The Cloudflare client uses httpx defaults.
"""
import os

import httpx

NETBOX_URL = os.environ.get("NETBOX_URL", "https://netbox.dc1.example.internal")
CF_API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ["CF_ZONE_ID"]

netbox = httpx.Client(
    base_url=f"{NETBOX_URL}/api",
    headers={"Authorization": f"Token {os.environ['NETBOX_TOKEN']}"},
    verify=False,
    timeout=20.0,
)

cloudflare = httpx.Client(
    base_url=CF_API,
    headers={"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"},
    timeout=20.0,
)


def netbox_addresses():
    url = "/ipam/ip-addresses/"
    params = {"tag": "public-dns", "limit": 200}
    while url:
        r = netbox.get(url, params=params)
        r.raise_for_status()
        data = r.json()
        yield from data["results"]
        url, params = data["next"], None


def existing_records() -> dict:
    r = cloudflare.get(f"/zones/{ZONE_ID}/dns_records", params={"type": "A", "per_page": 5000})
    r.raise_for_status()
    return {rec["name"]: rec for rec in r.json()["result"]}


def main() -> None:
    records = existing_records()
    for addr in netbox_addresses():
        name = addr["dns_name"]
        ip = addr["address"].split("/")[0]
        if not name:
            continue
        rec = records.get(name)
        body = {"type": "A", "name": name, "content": ip, "ttl": 300, "proxied": False}
        if rec is None:
            cloudflare.post(f"/zones/{ZONE_ID}/dns_records", json=body).raise_for_status()
            print(f"+ {name} {ip}")
        elif rec["content"] != ip:
            cloudflare.put(f"/zones/{ZONE_ID}/dns_records/{rec['id']}", json=body).raise_for_status()
            print(f"~ {name} {rec['content']} -> {ip}")


if __name__ == "__main__":
    main()
