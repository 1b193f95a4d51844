"""Minimal octoDNS provider for Zilore DNS (https://zilore.com/en/help/api).

Zilore authenticates every request with an ``X-Auth-Key`` header carrying the
account API key. Despite the name this has nothing to do with Cloudflare's
legacy header; the key comes from ZILORE_API_KEY via octoDNS ``env/`` config.
"""
import logging
from collections import defaultdict

from requests import Session

from octodns.provider.base import BaseProvider
from octodns.record import Record

ZILORE_BASE = "https://api.zilore.com/dns/v1"


class ZiloreClientException(Exception):
    pass


class ZiloreClient:
    def __init__(self, api_key, timeout=30):
        sess = Session()
        sess.headers.update(
            {
                "X-Auth-Key": api_key,
                "User-Agent": "octodns-zilore/0.1",
            }
        )
        self._sess = sess
        self._timeout = timeout

    def _request(self, method, path, params=None, data=None):
        resp = self._sess.request(
            method,
            f"{ZILORE_BASE}{path}",
            params=params,
            json=data,
            timeout=self._timeout,
        )
        if resp.status_code >= 400:
            raise ZiloreClientException(f"{resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def records(self, domain):
        return self._request("GET", f"/domains/{domain}/records")["response"]

    def record_create(self, domain, params):
        return self._request("POST", f"/domains/{domain}/records", params=params)

    def record_delete(self, domain, record_id):
        return self._request(
            "DELETE", f"/domains/{domain}/records", params={"record_id": record_id}
        )


class ZiloreProvider(BaseProvider):
    SUPPORTS_GEO = False
    SUPPORTS_DYNAMIC = False
    SUPPORTS = set(("A", "AAAA", "CNAME", "MX", "TXT"))

    def __init__(self, id, api_key, *args, **kwargs):
        self.log = logging.getLogger(f"ZiloreProvider[{id}]")
        super().__init__(id, *args, **kwargs)
        self._client = ZiloreClient(api_key)

    def populate(self, zone, target=False, lenient=False):
        domain = zone.name.rstrip(".")
        grouped = defaultdict(list)
        for rec in self._client.records(domain):
            name = zone.hostname_from_fqdn(rec["record_name"])
            grouped[(name, rec["record_type"])].append(rec)
        for (name, _type), recs in grouped.items():
            if _type not in self.SUPPORTS:
                continue
            values = [r["record_value"] for r in recs]
            data = {"type": _type, "ttl": int(recs[0]["record_ttl"])}
            if _type == "CNAME":
                data["value"] = values[0]
            else:
                data["values"] = values
            zone.add_record(
                Record.new(zone, name, data, source=self, lenient=lenient),
                lenient=lenient,
            )
        return True

    def _apply(self, plan):
        domain = plan.desired.name.rstrip(".")
        self.log.info("_apply: %d changes for %s", len(plan.changes), domain)
        # create/delete handling elided; see tests/test_zilore.py
