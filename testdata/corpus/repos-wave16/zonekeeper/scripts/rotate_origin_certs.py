#!/usr/bin/env python3
"""Re-issue Cloudflare Origin CA certificates that expire within N days.

Still on python-cloudflare 2.x (pinned in requirements-legacy.txt): the
Origin CA endpoints below were written against the CloudFlare.CloudFlare
class and have not been ported to cloudflare>=3 yet.

Usage:
    ./scripts/rotate_origin_certs.py --days 45 --out /etc/nginx/origin
"""
import argparse
import datetime as dt
import pathlib
import subprocess
import sys

import CloudFlare

ZONE_NAMES = [
    "shop.northwind-retail.com",
    "api.northwind-retail.com",
    "static.northwind-retail.com",
]
VALIDITY_DAYS = 5475  # 15 years, the Origin CA maximum


def make_csr(hostname: str, workdir: pathlib.Path) -> str:
    key_path = workdir / f"{hostname}.key"
    csr_path = workdir / f"{hostname}.csr"
    subprocess.run(
        [
            "openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes",
            "-keyout", str(key_path), "-out", str(csr_path),
            "-subj", f"/CN={hostname}",
        ],
        check=True,
        capture_output=True,
    )
    return csr_path.read_text()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("./out"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # zone lookups need the account-level key; certificate calls need the Origin CA key
    cf = CloudFlare.CloudFlare(email="platform@northwind-retail.com", key="{{hex37}}")
    cf_ca = CloudFlare.CloudFlare(certtoken="{{origin}}")

    horizon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=args.days)
    for name in ZONE_NAMES:
        zones = cf.zones.get(params={"name": name, "per_page": 1})
        if not zones:
            print(f"skip {name}: zone not found", file=sys.stderr)
            continue
        zone_id = zones[0]["id"]

        certs = cf_ca.certificates.get(params={"zone_id": zone_id})
        expiring = [
            c for c in certs
            if dt.datetime.fromisoformat(c["expires_on"].replace(" +0000 UTC", "+00:00")) < horizon
        ]
        if not expiring:
            print(f"{name}: nothing to rotate")
            continue

        csr = make_csr(name, args.out)
        new = cf_ca.certificates.post(
            data={
                "hostnames": [name, f"*.{name}"],
                "requested_validity": VALIDITY_DAYS,
                "request_type": "origin-rsa",
                "csr": csr,
            }
        )
        (args.out / f"{name}.pem").write_text(new["certificate"])
        for old in expiring:
            cf_ca.certificates.delete(old["id"])
        print(f"{name}: issued {new['id']}, revoked {len(expiring)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
