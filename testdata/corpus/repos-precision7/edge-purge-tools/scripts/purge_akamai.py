#!/usr/bin/env python3
"""Fast Purge (CCU v3) for the Akamai-fronted properties.

The apex and www are on Cloudflare (see purge_all.sh); only the legacy
media.example-shop.com property still sits behind Akamai, so this script is
kept separate.  Credentials are the "ccu" API client from Control Center.
"""
import argparse
import json
import sys
from urllib.parse import urljoin

import requests
from akamai.edgegrid import EdgeGridAuth

# API client "ccu-purge-media" (Fast Purge, READ-WRITE on CP code 884512)
AKAMAI_HOST = "akab-degrbmg7r5kafaa7-yeflp31zb7gskw63.purge.akamaiapis.net"
AKAMAI_CLIENT_TOKEN = "akab-azmk8hrh63yyxwqa-fy5f45rrgpvyhkpn"
AKAMAI_CLIENT_SECRET = "Hd3qohTRk4oVgjQApW0ld4PpFAWTkpLhxPzm/a+TwN5H"
AKAMAI_ACCESS_TOKEN = "akab-ofemkw5v78dbqx4u-j2kldt0uebr1g2ir"

BASE_URL = f"https://{AKAMAI_HOST}/"


def session() -> requests.Session:
    s = requests.Session()
    s.auth = EdgeGridAuth(
        client_token=AKAMAI_CLIENT_TOKEN,
        client_secret=AKAMAI_CLIENT_SECRET,
        access_token=AKAMAI_ACCESS_TOKEN,
    )
    s.headers["Content-Type"] = "application/json"
    return s


def purge(urls, network="production", action="invalidate"):
    path = f"/ccu/v3/{action}/url/{network}"
    resp = session().post(urljoin(BASE_URL, path), data=json.dumps({"objects": urls}))
    resp.raise_for_status()
    body = resp.json()
    print(f"purgeId={body.get('purgeId')} estimatedSeconds={body.get('estimatedSeconds')}")
    return body


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("urls", nargs="+")
    p.add_argument("--staging", action="store_true")
    p.add_argument("--delete", action="store_true", help="delete instead of invalidate")
    args = p.parse_args(argv)
    purge(
        args.urls,
        network="staging" if args.staging else "production",
        action="delete" if args.delete else "invalidate",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
