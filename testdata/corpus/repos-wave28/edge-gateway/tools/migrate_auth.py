#!/usr/bin/env python3
"""Find outbound Cloudflare API calls that still use legacy key auth.

Reads the gateway's upstream request log (JSON lines, headers already
redacted to "[REDACTED]") and reports which tenants/services still send
X-Auth-Email / X-Auth-Key or X-Auth-User-Service-Key to api.cloudflare.com,
so they can be migrated to scoped API tokens before the header block in
src/proxy/forward.js is switched to "reject" mode.

    python tools/migrate_auth.py /var/log/edge-gateway/upstream-*.jsonl
"""
import argparse
import collections
import json
import sys
from urllib.parse import urlsplit

CF_API_HOST = "api.cloudflare.com"
LEGACY_KEY_HEADERS = {"x-auth-email", "x-auth-key"}
ORIGIN_CA_HEADER = "x-auth-user-service-key"


def classify(headers):
    names = {h.lower() for h in headers}
    if LEGACY_KEY_HEADERS & names:
        return "global-api-key"
    if ORIGIN_CA_HEADER in names:
        return "origin-ca-key"
    if "authorization" in names:
        return "api-token"
    return "none"


def scan(paths):
    usage = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    print(f"{path}:{lineno}: unparsable line skipped", file=sys.stderr)
                    continue
                if urlsplit(entry.get("url", "")).hostname != CF_API_HOST:
                    continue
                kind = classify(entry.get("request_headers", {}))
                if kind in ("global-api-key", "origin-ca-key"):
                    usage[(entry.get("tenant", "?"), kind)] += 1
    return usage


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("logs", nargs="+")
    parser.add_argument("--fail", action="store_true", help="exit 1 if any legacy usage is found")
    args = parser.parse_args()

    usage = scan(args.logs)
    if not usage:
        print("no legacy Cloudflare auth seen")
        return 0

    print(f"{'tenant':30} {'auth':16} requests")
    for (tenant, kind), count in usage.most_common():
        print(f"{tenant:30} {kind:16} {count}")
        if kind == "global-api-key":
            print(f"  WARNING: {tenant} sends X-Auth-Key; issue a scoped API token instead")
    return 1 if args.fail else 0


if __name__ == "__main__":
    sys.exit(main())
