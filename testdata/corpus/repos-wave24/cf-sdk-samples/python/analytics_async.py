"""Fetch per-zone request counts concurrently and load them into ClickHouse.

    python analytics_async.py zones.txt 2024-06-01 2024-06-02

The Cloudflare GraphQL session uses aiohttp's default (verified) TLS.  The
ClickHouse HTTP interface in the lab uses a self-signed certificate, so only
that session has verification disabled.
"""
import asyncio
import json
import os
import sys

import aiohttp

GRAPHQL_URL = "https://api.cloudflare.com/client/v4/graphql"
CLICKHOUSE_URL = os.environ.get("CLICKHOUSE_URL", "https://ch01.lab.example.internal:8443")

QUERY = """
query ($zone: String!, $start: Date!, $end: Date!) {
  viewer {
    zones(filter: { zoneTag: $zone }) {
      httpRequests1dGroups(limit: 31, filter: { date_geq: $start, date_lt: $end }) {
        dimensions { date }
        sum { requests cachedRequests threats }
      }
    }
  }
}
"""


async def fetch_zone(cf: aiohttp.ClientSession, zone: str, start: str, end: str) -> list:
    payload = {"query": QUERY, "variables": {"zone": zone, "start": start, "end": end}}
    async with cf.post(GRAPHQL_URL, json=payload) as resp:
        data = await resp.json()
        if data.get("errors"):
            raise RuntimeError(f"{zone}: {data['errors']}")
        groups = data["data"]["viewer"]["zones"][0]["httpRequests1dGroups"]
        return [
            {"zone": zone, "date": g["dimensions"]["date"], **g["sum"]}
            for g in groups
        ]


async def load(ch: aiohttp.ClientSession, rows: list) -> None:
    body = "\n".join(json.dumps(r) for r in rows)
    params = {"query": "INSERT INTO cf.daily_requests FORMAT JSONEachRow"}
    async with ch.post(CLICKHOUSE_URL, params=params, data=body) as resp:
        resp.raise_for_status()


async def main(zones_file: str, start: str, end: str) -> None:
    zones = [z.strip() for z in open(zones_file) if z.strip()]
    cf_headers = {"Authorization": f"Bearer {os.environ['CF_ANALYTICS_TOKEN']}"}
    ch_auth = aiohttp.BasicAuth("loader", os.environ["CLICKHOUSE_PASSWORD"])
    timeout = aiohttp.ClientTimeout(total=60)

    async with aiohttp.ClientSession(headers=cf_headers, timeout=timeout) as cf, \
            aiohttp.ClientSession(auth=ch_auth, timeout=timeout,
                                  connector=aiohttp.TCPConnector(ssl=False)) as ch:
        results = await asyncio.gather(
            *(fetch_zone(cf, z, start, end) for z in zones),
            return_exceptions=True,
        )
        rows = []
        for r in results:
            if isinstance(r, Exception):
                print(f"error: {r}", file=sys.stderr)
            else:
                rows.extend(r)
        if rows:
            await load(ch, rows)
        print(f"loaded {len(rows)} rows")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    asyncio.run(main(*sys.argv[1:]))
