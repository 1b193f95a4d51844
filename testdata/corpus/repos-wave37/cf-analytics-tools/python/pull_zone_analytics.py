#!/usr/bin/env python3
"""Pull daily zone analytics from the Cloudflare GraphQL API and write CSV.

Usage:
    CF_API_TOKEN=... ./pull_zone_analytics.py --zone <zone-tag> --days 7 > out.csv
"""
import argparse
import csv
import datetime as dt
import os
import sys

import requests
import urllib3

GRAPHQL_URL = "https://api.cloudflare.com/client/v4/graphql"

QUERY = """
query ($zoneTag: string!, $since: Date!, $until: Date!) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      httpRequests1dGroups(limit: 100, filter: { date_geq: $since, date_lt: $until }) {
        dimensions { date }
        sum { requests cachedRequests bytes cachedBytes threats pageViews }
        uniq { uniques }
      }
    }
  }
}
"""

# The build agents go through the office MITM proxy; the proxy CA isn't in
# certifi's bundle, so skip verification for this one call.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def fetch(zone_tag: str, days: int) -> list[dict]:
    token = os.environ["CF_API_TOKEN"]
    until = dt.date.today()
    since = until - dt.timedelta(days=days)
    resp = requests.post(
        GRAPHQL_URL,
        headers={"Authorization": f"Bearer {token}"},
        json={
            "query": QUERY,
            "variables": {"zoneTag": zone_tag, "since": since.isoformat(), "until": until.isoformat()},
        },
        timeout=60,
        verify=False,
    )
    resp.raise_for_status()
    body = resp.json()
    if body.get("errors"):
        raise RuntimeError(body["errors"])
    return body["data"]["viewer"]["zones"][0]["httpRequests1dGroups"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--zone", required=True, help="zone tag (32 hex), e.g. from the zone overview page")
    ap.add_argument("--days", type=int, default=7)
    args = ap.parse_args()

    rows = fetch(args.zone, args.days)
    w = csv.writer(sys.stdout)
    w.writerow(["date", "requests", "cached", "bytes", "cached_bytes", "threats", "page_views", "uniques"])
    for r in sorted(rows, key=lambda r: r["dimensions"]["date"]):
        s = r["sum"]
        w.writerow([
            r["dimensions"]["date"], s["requests"], s["cachedRequests"], s["bytes"],
            s["cachedBytes"], s["threats"], s["pageViews"], r["uniq"]["uniques"],
        ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
