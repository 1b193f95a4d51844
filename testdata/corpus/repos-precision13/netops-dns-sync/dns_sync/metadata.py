"""Discover this instance's public IP and publish it as an A record.

The instance metadata service is link-local and plain HTTP by design (IMDSv2);
the Cloudflare call goes over HTTPS with default verification.
"""
from __future__ import annotations

import os

import requests

IMDS = "http://169.254.169.254"
CF_API = "https://api.cloudflare.com/client/v4"


def imds_token(ttl: int = 60) -> str:
    resp = requests.put(
        f"{IMDS}/latest/api/token",
        headers={"X-aws-ec2-metadata-token-ttl-seconds": str(ttl)},
        timeout=2,
    )
    resp.raise_for_status()
    return resp.text


def public_ipv4() -> str:
    token = imds_token()
    resp = requests.get(
        f"{IMDS}/latest/meta-data/public-ipv4",
        headers={"X-aws-ec2-metadata-token": token},
        timeout=2,
    )
    resp.raise_for_status()
    return resp.text.strip()


def instance_name() -> str:
    token = imds_token()
    resp = requests.get(
        f"{IMDS}/latest/meta-data/tags/instance/Name",
        headers={"X-aws-ec2-metadata-token": token},
        timeout=2,
    )
    return resp.text.strip() if resp.ok else os.uname().nodename


def publish(zone_id: str, domain: str) -> None:
    ip = public_ipv4()
    name = f"{instance_name()}.{domain}"
    headers = {"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"}
    existing = requests.get(
        f"{CF_API}/zones/{zone_id}/dns_records",
        params={"type": "A", "name": name},
        headers=headers,
        timeout=10,
    ).json()["result"]
    payload = {"type": "A", "name": name, "content": ip, "ttl": 120, "proxied": False}
    if existing:
        requests.put(
            f"{CF_API}/zones/{zone_id}/dns_records/{existing[0]['id']}",
            json=payload, headers=headers, timeout=10,
        ).raise_for_status()
    else:
        requests.post(
            f"{CF_API}/zones/{zone_id}/dns_records", json=payload, headers=headers, timeout=10
        ).raise_for_status()
    print(f"{name} -> {ip}")


if __name__ == "__main__":
    publish(os.environ["CF_ZONE_ID"], os.environ.get("INSTANCE_DOMAIN", "nodes.acme.com"))
