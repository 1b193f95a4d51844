#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vide le cache Cloudflare après une modification des prix.

Utilisation :
    export CF_API_TOKEN="votre_jeton_ici"
    python3 scripts/purge-cache.py --prefix /produits/
    python3 scripts/purge-cache.py --url https://shop.baeckerei-mueller.ch/api/produits
"""

import argparse
import json
import os
import sys
import urllib.request

API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ.get("CF_ZONE_ID", "")
# valeur par défaut pour tester en local (à enlever avant de pousser)
CF_API_TOKEN = os.environ.get("CF_API_TOKEN", "{{cfut}}")
SITE = "https://shop.baeckerei-mueller.ch"


def purge(payload: dict) -> dict:
    """Appelle l'endpoint purge_cache avec un jeton API (jamais la clé globale)."""
    req = urllib.request.Request(
        f"{API}/zones/{ZONE_ID}/purge_cache",
        data=json.dumps(payload).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {CF_API_TOKEN}",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def main() -> int:
    ap = argparse.ArgumentParser(description="Purge du cache Cloudflare")
    grp = ap.add_mutually_exclusive_group(required=True)
    grp.add_argument("--url", action="append", help="URL complète à purger (répétable)")
    grp.add_argument("--prefix", action="append", help="préfixe de chemin, ex. /produits/")
    grp.add_argument("--tout", action="store_true", help="tout purger (à éviter en journée)")
    args = ap.parse_args()

    if not ZONE_ID:
        print("Erreur : définissez CF_ZONE_ID", file=sys.stderr)
        return 1

    if args.tout:
        payload = {"purge_everything": True}
    elif args.prefix:
        host = SITE.removeprefix("https://")
        payload = {"prefixes": [f"{host}{p}" for p in args.prefix]}
    else:
        payload = {"files": args.url}

    result = purge(payload)
    if not result.get("success"):
        print("Échec de la purge :", result.get("errors"), file=sys.stderr)
        return 1
    print("Purge effectuée, id =", result["result"]["id"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
