"""Async client factory used by the `nas-dns` worker.

Two httpx clients live on the worker: one for the Cloudflare API and one for
the TrueNAS box, which only has the self-signed cert generated at install.
"""

from __future__ import annotations

import asyncio
import os

import httpx

CF_API = "https://api.cloudflare.com/client/v4"


class NasDnsWorker:
    def __init__(self, nas_url: str, zone_id: str) -> None:
        self.zone_id = zone_id
        self.cf = httpx.AsyncClient(
            base_url=CF_API,
            headers={"Authorization": f"Bearer {os.environ['CF_API_TOKEN']}"},
            timeout=httpx.Timeout(15.0),
            http2=True,
        )
        self.nas = httpx.AsyncClient(
            base_url=f"{nas_url}/api/v2.0",
            headers={"Authorization": f"Bearer {os.environ['TRUENAS_API_KEY']}"},
            verify=False,
            timeout=10.0,
        )

    async def __aenter__(self) -> "NasDnsWorker":
        return self

    async def __aexit__(self, *exc) -> None:
        await asyncio.gather(self.cf.aclose(), self.nas.aclose())

    async def nas_interfaces(self) -> dict[str, str]:
        r = await self.nas.get("/interface")
        r.raise_for_status()
        out = {}
        for iface in r.json():
            for alias in iface.get("aliases", []):
                if alias["type"] == "INET":
                    out[iface["name"]] = alias["address"]
        return out

    async def upsert(self, name: str, ip: str) -> None:
        r = await self.cf.get(f"/zones/{self.zone_id}/dns_records",
                              params={"name": name, "type": "A"})
        r.raise_for_status()
        body = {"type": "A", "name": name, "content": ip, "ttl": 300}
        found = r.json()["result"]
        if found:
            r = await self.cf.put(f"/zones/{self.zone_id}/dns_records/{found[0]['id']}",
                                  json=body)
        else:
            r = await self.cf.post(f"/zones/{self.zone_id}/dns_records", json=body)
        r.raise_for_status()


async def main() -> None:
    async with NasDnsWorker(os.environ.get("TRUENAS_URL", "https://nas.lan"),
                            os.environ["CF_ZONE_ID"]) as w:
        ifaces = await w.nas_interfaces()
        await asyncio.gather(*(w.upsert(f"nas-{n}.home.example.net", ip)
                               for n, ip in ifaces.items()))


if __name__ == "__main__":
    asyncio.run(main())
