#!/usr/bin/env python3
"""Export a zone file (BIND format) for offline backup.

usage: CF_API_EMAIL=... CF_API_KEY=... zone_export_pycurl.py <zone_id> > zone.txt
"""
import os
import sys
from io import BytesIO

import pycurl


def export(zone_id: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, f"https://api.cloudflare.com/client/v4/zones/{zone_id}/dns_records/export")
    c.setopt(pycurl.HTTPHEADER, [
        "X-Auth-Email: " + os.environ["CF_API_EMAIL"],
        "X-Auth-Key: " + os.environ["CF_API_KEY"],
        "Accept: text/plain",
    ])
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.TIMEOUT, 60)
    c.perform()
    status = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    if status != 200:
        raise SystemExit(f"export failed: HTTP {status}")
    return buf.getvalue()


if __name__ == "__main__":
    sys.stdout.buffer.write(export(sys.argv[1]))
