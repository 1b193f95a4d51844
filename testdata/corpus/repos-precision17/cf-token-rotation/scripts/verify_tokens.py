#!/usr/bin/env python3
"""Nightly check: every managed token is active and not about to expire.

Runs from the ops bastion via cron (see deploy/cron.d/cf-verify). Posts a
summary to #platform-alerts when something needs attention.
"""
import datetime as dt
import json
import os
import sys
import urllib.request

import hvac
import requests
import urllib3
import yaml

INVENTORY = os.path.join(os.path.dirname(__file__), "..", "config", "tokens.yaml")
VERIFY_URL = "https://api.cloudflare.com/client/v4/user/tokens/verify"
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL")

# The bastion sits behind the Zscaler proxy, which re-signs TLS with the corp
# root. TODO(OPS-4410): ship the corp CA bundle to the bastion and drop this.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def check(token: str) -> dict:
    resp = requests.get(
        VERIFY_URL,
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
        verify=False,
    )
    if resp.status_code in (401, 403):
        return {"status": "invalid"}
    resp.raise_for_status()
    return resp.json()["result"]


def days_left(expires_on: str | None) -> int | None:
    if not expires_on:
        return None
    exp = dt.datetime.fromisoformat(expires_on.replace("Z", "+00:00"))
    return (exp - dt.datetime.now(dt.timezone.utc)).days


def notify(lines: list[str]) -> None:
    if not SLACK_WEBHOOK or not lines:
        return
    body = json.dumps({"text": "Cloudflare token check:\n" + "\n".join(lines)}).encode()
    req = urllib.request.Request(SLACK_WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


def main() -> int:
    with open(INVENTORY) as fh:
        inv = yaml.safe_load(fh)
    warn = inv["defaults"]["warn_expiry_days"]
    vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])

    problems = []
    for entry in [inv["rotator"] | {"name": "rotator"}] + inv["tokens"]:
        secret = vault.secrets.kv.v2.read_secret_version(path=entry["vault_path"], mount_point="secret")
        result = check(secret["data"]["data"]["api_token"])
        left = days_left(result.get("expires_on"))
        if result.get("status") != "active":
            problems.append(f"- {entry['name']}: status {result.get('status')}")
        elif left is not None and left <= warn:
            problems.append(f"- {entry['name']}: expires in {left} days")

    for p in problems:
        print(p)
    notify(problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
