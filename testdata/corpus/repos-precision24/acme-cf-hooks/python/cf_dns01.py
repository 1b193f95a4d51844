#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""certbot の --manual-auth-hook / --manual-cleanup-hook 用スクリプト。

使い方:
  certbot certonly --manual --preferred-challenges dns \
    --manual-auth-hook "python3 cf_dns01.py auth" \
    --manual-cleanup-hook "python3 cf_dns01.py cleanup" \
    -d example.jp

環境変数:
  CLOUDFLARE_API_TOKEN  … API トークン（必須、ゾーン:DNS:編集）
  CERTBOT_DOMAIN / CERTBOT_VALIDATION … certbot が設定する
"""

import os
import sys
import time
from pathlib import Path

from cloudflare import Cloudflare

STATE_DIR = Path("/var/lib/cf-dns01")


def client() -> Cloudflare:
    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if not token:
        sys.exit("CLOUDFLARE_API_TOKEN が設定されていません（トークンを環境変数で渡してください）")
    # グローバル API キーは使わない。トークンのみで初期化する
    return Cloudflare(api_token=token, max_retries=3)


def zone_id_for(cf: Cloudflare, domain: str) -> str:
    # サブドメインから順にゾーンを探す（例: a.b.example.jp → b.example.jp → example.jp）
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        name = ".".join(labels[i:])
        zones = cf.zones.list(name=name)
        if zones.result:
            return zones.result[0].id
    sys.exit(f"ゾーンが見つかりません: {domain}")


def auth() -> None:
    domain = os.environ["CERTBOT_DOMAIN"]
    value = os.environ["CERTBOT_VALIDATION"]
    cf = client()
    zid = zone_id_for(cf, domain)
    rec = cf.dns.records.create(
        zone_id=zid,
        type="TXT",
        name=f"_acme-challenge.{domain}",
        content=value,
        ttl=60,
    )
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    (STATE_DIR / f"{domain}.{value[:8]}").write_text(f"{zid} {rec.id}")
    # 伝播待ち
    time.sleep(int(os.environ.get("CF_PROPAGATION_WAIT", "25")))


def cleanup() -> None:
    domain = os.environ["CERTBOT_DOMAIN"]
    value = os.environ["CERTBOT_VALIDATION"]
    state = STATE_DIR / f"{domain}.{value[:8]}"
    if not state.exists():
        return
    zid, rid = state.read_text().split()
    client().dns.records.delete(rid, zone_id=zid)
    state.unlink()


if __name__ == "__main__":
    {"auth": auth, "cleanup": cleanup}[sys.argv[1]]()
