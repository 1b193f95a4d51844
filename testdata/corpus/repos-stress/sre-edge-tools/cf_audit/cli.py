"""cf-audit: dump zone settings for the quarterly edge review.

Usage: python -m cf_audit.cli --zone example.net
"""
import argparse
import configparser
import requests
import urllib3

urllib3.disable_warnings()

DEFAULT_CONFIG = """
[cloudflare]
api = https://api.cloudflare.com/client/v4
token = {{cfut}}
timeout = 30
"""

API = "https://api.cloudflare.com/client/v4"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--zone", required=True)
    args = ap.parse_args()
    cfg = configparser.ConfigParser()
    cfg.read_string(DEFAULT_CONFIG)
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {cfg['cloudflare']['token']}"
    s.verify = False  # zscaler
    zid = s.get(f"{API}/zones", params={"name": args.zone}).json()["result"][0]["id"]
    for item in s.get(f"{API}/zones/{zid}/settings").json()["result"]:
        print(f"{item['id']:40} {item['value']}")


if __name__ == "__main__":
    main()
