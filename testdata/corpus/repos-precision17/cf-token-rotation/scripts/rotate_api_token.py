#!/usr/bin/env python3
"""Roll the secret of a managed Cloudflare API token and store it in Vault.

Usage:
    rotate_api_token.py --token external-dns [--dry-run] [--rotator-from-env]

The rotator token is read from Vault (secret/cloudflare/rotator, field
api_token). The rolled value is verified before it is written back.
"""
import argparse
import logging
import os
import sys

import hvac
import requests
import yaml

log = logging.getLogger("rotate")

CF_API = os.environ.get("CF_API_BASE", "https://api.cloudflare.com/client/v4")
VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.corp.internal:8200")
INVENTORY = os.path.join(os.path.dirname(__file__), "..", "config", "tokens.yaml")


def build_base(url: str) -> str:
    """Refuse anything but https for the Cloudflare API base URL."""
    if not url.startswith("https://"):
        raise ValueError(f"refusing non-https Cloudflare API base: {url!r}")
    return url.rstrip("/")


def mask(value: str) -> str:
    return value[:7] + "…" if value else "<empty>"


def vault_client() -> hvac.Client:
    # Vault in the lab cluster still has a self-signed cert (INFRA-2231);
    # VAULT_SKIP_VERIFY is honoured only there.
    skip = os.environ.get("VAULT_SKIP_VERIFY") == "1"
    client = hvac.Client(url=VAULT_ADDR, token=os.environ.get("VAULT_TOKEN"), verify=False if skip else os.environ.get("VAULT_CACERT", True))
    if not client.is_authenticated():
        sys.exit("vault: not authenticated (run `vault login -method=oidc`)")
    return client


def read_secret(client: hvac.Client, path: str, field: str = "api_token") -> str:
    resp = client.secrets.kv.v2.read_secret_version(path=path, mount_point="secret", raise_on_deleted_version=True)
    return resp["data"]["data"][field]


def cf_session(token: str) -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    return s


def roll(session: requests.Session, base: str, token_id: str) -> str:
    r = session.put(f"{base}/user/tokens/{token_id}/value", json={}, timeout=30)
    r.raise_for_status()
    body = r.json()
    if not body.get("success"):
        raise RuntimeError(f"roll failed: {body.get('errors')}")
    return body["result"]


def verify(base: str, token: str) -> None:
    r = cf_session(token).get(f"{base}/user/tokens/verify", timeout=30)
    r.raise_for_status()
    status = r.json()["result"]["status"]
    if status != "active":
        raise RuntimeError(f"new token status is {status!r}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--token", required=True, help="name from config/tokens.yaml")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--rotator-from-env", action="store_true", help="break-glass: use $CLOUDFLARE_API_TOKEN")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    base = build_base(CF_API)
    with open(INVENTORY) as fh:
        inv = yaml.safe_load(fh)
    entry = next((t for t in inv["tokens"] if t["name"] == args.token), None)
    if entry is None:
        log.error("unknown token %s", args.token)
        return 2

    vault = vault_client()
    if args.rotator_from_env:
        rotator = os.environ["CLOUDFLARE_API_TOKEN"]
    else:
        rotator = read_secret(vault, inv["rotator"]["vault_path"])

    log.info("rolling %s (id %s)", entry["name"], entry["token_id"])
    if args.dry_run:
        verify(base, rotator)
        log.info("dry run: rotator token is active, nothing changed")
        return 0

    new_value = roll(cf_session(rotator), base, entry["token_id"])
    verify(base, new_value)
    vault.secrets.kv.v2.create_or_update_secret(
        path=entry["vault_path"], mount_point="secret", secret={"api_token": new_value}
    )
    log.info("stored %s at secret/%s", mask(new_value), entry["vault_path"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
