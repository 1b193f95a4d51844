"""dohctl: query Cloudflare DNS over HTTPS from the command line.

    dohctl example.com AAAA
    dohctl --resolver family example.com
    dohctl --resolver https://127.0.0.1:8053/dns-query --insecure internal.lan
    dohctl trace
"""
from __future__ import annotations

import argparse
import ipaddress
import sys
import urllib.parse

import urllib3

from .client import QTYPES, RESOLVERS, DoHClient
from .trace import fetch_trace, summary


def _is_local(endpoint: str) -> bool:
    host = urllib.parse.urlsplit(endpoint).hostname or ""
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_private or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="dohctl")
    p.add_argument("name", help="domain name, or 'trace'")
    p.add_argument("type", nargs="?", default="A", choices=sorted(QTYPES))
    p.add_argument("--resolver", default="cloudflare",
                   help=f"one of {', '.join(RESOLVERS)} or a full DoH URL")
    p.add_argument("--wire", action="store_true", help="use RFC 8484 wire format")
    p.add_argument("--dnssec", action="store_true")
    p.add_argument("--insecure", action="store_true",
                   help="skip TLS verification (local stub resolvers with self-signed certs only)")
    args = p.parse_args(argv)

    if args.name == "trace":
        print(summary(fetch_trace()))
        return 0

    endpoint = RESOLVERS.get(args.resolver, args.resolver)
    verify = True
    if args.insecure:
        if not _is_local(endpoint):
            p.error("--insecure is only allowed for loopback/private resolvers")
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        verify = False

    client = DoHClient(endpoint, verify=verify)
    if args.wire:
        sys.stdout.buffer.write(client.query_wire(args.name, args.type))
        return 0
    for a in client.query_json(args.name, args.type, dnssec=args.dnssec):
        print(f"{a.name}\t{a.ttl}\t{a.type}\t{a.data}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
