#!/usr/bin/env python3
"""One-off: copy zones from the old "northwind-legacy" Cloudflare account into
zones/*.yaml and seed the internal PowerDNS secondary.

The legacy account predates API tokens and its owner left, so for now this reads
it with the account's Global API Key (stored in the ops vault, exported by
`make legacy-env`). Delete this script once MIGR-77 is closed.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import sys

import requests
import yaml

CF_API = "https://api.cloudflare.com/client/v4"
PDNS_API = "https://pdns-api.int.northwind.net:8081/api/v1/servers/localhost"

LEGACY_HEADERS = {
    "X-Auth-Email": os.environ["LEGACY_CF_EMAIL"],
    "X-Auth-Key": os.environ["LEGACY_CF_API_KEY"],
    "Content-Type": "application/json",
}

PDNS_HEADERS = {"X-API-Key": os.environ.get("PDNS_API_KEY", "")}


def cf_get(path: str, **params) -> list[dict]:
    out, page = [], 1
    while True:
        resp = requests.get(f"{CF_API}{path}", headers=LEGACY_HEADERS,
                            params={**params, "page": page, "per_page": 100}, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        out.extend(body["result"])
        if page >= body["result_info"]["total_pages"]:
            return out
        page += 1


def to_yaml_records(records: list[dict], zone: str) -> dict:
    doc: dict[str, list] = {}
    for r in records:
        name = r["name"][: -len(zone)].rstrip(".") if r["name"] != zone else ""
        doc.setdefault(name, []).append({"type": r["type"], "ttl": r["ttl"], "value": r["content"]})
    return doc


def seed_pdns(zone: str) -> None:
    # Internal PowerDNS only; self-signed certificate.
    resp = requests.post(f"{PDNS_API}/zones", headers=PDNS_HEADERS, verify=False, timeout=30,
                         json={"name": zone + ".", "kind": "Slave",
                               "masters": ["10.20.0.53"]})
    if resp.status_code not in (201, 409):
        resp.raise_for_status()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="zones")
    ap.add_argument("--seed-pdns", action="store_true")
    args = ap.parse_args()

    out_dir = pathlib.Path(args.out)
    out_dir.mkdir(exist_ok=True)
    for zone in cf_get("/zones"):
        name = zone["name"]
        recs = cf_get(f"/zones/{zone['id']}/dns_records")
        (out_dir / f"{name}.yaml").write_text(yaml.safe_dump(to_yaml_records(recs, name), sort_keys=True))
        print(f"wrote {name} ({len(recs)} records)", file=sys.stderr)
        if args.seed_pdns:
            seed_pdns(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
