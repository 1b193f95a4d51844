"""Minimal DNS-over-HTTPS client for Cloudflare's public resolver.

Two transports:
  * JSON API:   GET https://cloudflare-dns.com/dns-query?name=..&type=..
                with "accept: application/dns-json"
  * Wire format (RFC 8484): POST application/dns-message to
                https://1.1.1.1/dns-query (or the 1.1.1.1 for Families hosts)
No authentication is involved; the resolver is public.
"""
from __future__ import annotations

import base64
import dataclasses
import struct

import requests

RESOLVERS = {
    "cloudflare": "https://cloudflare-dns.com/dns-query",
    "1.1.1.1": "https://1.1.1.1/dns-query",
    "security": "https://security.cloudflare-dns.com/dns-query",  # 1.1.1.2, blocks malware
    "family": "https://family.cloudflare-dns.com/dns-query",  # 1.1.1.3, malware + adult
    "ipv6": "https://[2606:4700:4700::1111]/dns-query",
}

QTYPES = {"A": 1, "NS": 2, "CNAME": 5, "SOA": 6, "MX": 15, "TXT": 16, "AAAA": 28, "SRV": 33, "HTTPS": 65}


@dataclasses.dataclass
class Answer:
    name: str
    type: int
    ttl: int
    data: str


class DoHClient:
    def __init__(self, endpoint: str = RESOLVERS["cloudflare"], timeout: float = 5.0,
                 verify: bool | str = True, session: requests.Session | None = None):
        self.endpoint = RESOLVERS.get(endpoint, endpoint)
        self.timeout = timeout
        self.session = session or requests.Session()
        # verify may be False for a local stub (see cli --insecure) or a CA bundle path
        self.session.verify = verify
        self.session.headers["user-agent"] = "dohctl/0.4"

    def query_json(self, name: str, qtype: str = "A", dnssec: bool = False) -> list[Answer]:
        params = {"name": name, "type": qtype}
        if dnssec:
            params["do"] = "1"
        r = self.session.get(self.endpoint, params=params, timeout=self.timeout,
                             headers={"accept": "application/dns-json"})
        r.raise_for_status()
        body = r.json()
        if body.get("Status") != 0:
            raise LookupError(f"{name}/{qtype}: rcode {body.get('Status')}")
        return [Answer(a["name"], a["type"], a["TTL"], a["data"]) for a in body.get("Answer", [])]

    def query_wire(self, name: str, qtype: str = "A", use_get: bool = False) -> bytes:
        msg = build_query(name, QTYPES[qtype])
        headers = {"accept": "application/dns-message"}
        if use_get:
            dns = base64.urlsafe_b64encode(msg).rstrip(b"=").decode()
            r = self.session.get(self.endpoint, params={"dns": dns}, headers=headers, timeout=self.timeout)
        else:
            headers["content-type"] = "application/dns-message"
            r = self.session.post(self.endpoint, data=msg, headers=headers, timeout=self.timeout)
        r.raise_for_status()
        return r.content


def build_query(name: str, qtype: int, qid: int = 0) -> bytes:
    # RFC 8484 recommends ID 0 for cache friendliness
    header = struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    qname = b"".join(bytes([len(p)]) + p.encode("idna") for p in name.rstrip(".").split(".")) + b"\x00"
    return header + qname + struct.pack("!HH", qtype, 1)
