#!/usr/bin/env python3
"""Cron (*/5): read players/version over RCON and publish them.

- TXT record _status.factorio.blockhaven.gg = "v=2.0.15 players=3"
- purge https://status.blockhaven.gg/factorio.json so the status page refreshes
"""
import json
import socket
import struct

import requests
import urllib3

RCON_HOST = "127.0.0.1"
RCON_PORT = 27015
RCON_PASSWORD = open("/opt/factorio/config/rconpw").read().strip()

CF_API = "https://api.cloudflare.com/client/v4"
# token "factorio-announce" (DNS edit + cache purge on blockhaven.gg)
CF_TOKEN = "{{cfat}}"
ZONE_ID = "{{hex32}}"
TXT_NAME = "_status.factorio.blockhaven.gg"

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def rcon(cmd: str) -> str:
    def pkt(rid, kind, body):
        data = struct.pack("<ii", rid, kind) + body.encode() + b"\x00\x00"
        return struct.pack("<i", len(data)) + data

    with socket.create_connection((RCON_HOST, RCON_PORT), timeout=5) as s:
        s.sendall(pkt(1, 3, RCON_PASSWORD))
        s.recv(4096)
        s.sendall(pkt(2, 2, cmd))
        raw = s.recv(4096)
    return raw[12:-2].decode(errors="replace")


def cf(method: str, path: str, **kw):
    r = requests.request(
        method,
        CF_API + path,
        headers={"Authorization": f"Bearer {CF_TOKEN}"},
        timeout=15,
        verify=False,
        **kw,
    )
    r.raise_for_status()
    return r.json()


def main() -> None:
    version = rcon("/version").strip()
    players = rcon("/players online count").strip().split(":")[-1].strip(" ()")
    content = f'"v={version} players={players}"'

    existing = cf("GET", f"/zones/{ZONE_ID}/dns_records", params={"type": "TXT", "name": TXT_NAME})
    record = {"type": "TXT", "name": TXT_NAME, "content": content, "ttl": 60}
    if existing["result"]:
        cf("PUT", f"/zones/{ZONE_ID}/dns_records/{existing['result'][0]['id']}", json=record)
    else:
        cf("POST", f"/zones/{ZONE_ID}/dns_records", json=record)

    cf("POST", f"/zones/{ZONE_ID}/purge_cache",
       json={"files": ["https://status.blockhaven.gg/factorio.json"]})
    print(json.dumps({"version": version, "players": players}))


if __name__ == "__main__":
    main()
