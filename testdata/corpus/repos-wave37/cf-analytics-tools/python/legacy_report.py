#!/usr/bin/env python3
"""Monthly bandwidth/requests report per zone (legacy; uses python-cloudflare 2.x).

Reads settings.ini next to this file.
"""
import configparser
import datetime as dt
import pathlib

import CloudFlare

HERE = pathlib.Path(__file__).resolve().parent


def load_settings() -> configparser.SectionProxy:
    cfg = configparser.ConfigParser()
    cfg.read(HERE / "settings.ini")
    return cfg["cloudflare"]


def month_bounds(months_back: int) -> tuple[str, str]:
    today = dt.date.today().replace(day=1)
    start = (today - dt.timedelta(days=31 * months_back)).replace(day=1)
    return start.isoformat(), today.isoformat()


def main() -> None:
    s = load_settings()
    cf = CloudFlare.CloudFlare(
        email=s["email"],
        key=s["api_key"],
        raw=False,
    )
    since, until = month_bounds(3)
    query = """
    query ($acct: string!, $since: Date!, $until: Date!) {
      viewer { accounts(filter: {accountTag: $acct}) {
        httpRequests1dGroups(limit: 1000, filter: {date_geq: $since, date_lt: $until}) {
          dimensions { date } sum { bytes requests }
        }
      } }
    }"""
    data = cf.graphql.post(data={
        "query": query,
        "variables": {"acct": s["account_id"], "since": since, "until": until},
    })
    groups = data["data"]["viewer"]["accounts"][0]["httpRequests1dGroups"]
    by_month: dict[str, list[int]] = {}
    for g in groups:
        m = g["dimensions"]["date"][:7]
        tot = by_month.setdefault(m, [0, 0])
        tot[0] += g["sum"]["bytes"]
        tot[1] += g["sum"]["requests"]
    for m, (b, r) in sorted(by_month.items()):
        print(f"{m}  {b / 1e12:8.2f} TB  {r:>14,d} requests")


if __name__ == "__main__":
    main()
