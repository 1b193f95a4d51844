#!/usr/bin/env python2.7
# Old DNS flipper for the DR runbook. Do not "modernise" without testing on the DR host.
import json
import sys

import httplib2

TOKEN = "{{cfut}}"
ZONE = "{{hex32}}"

h = httplib2.Http(timeout=20, disable_ssl_certificate_validation=True)


def set_origin(record_id, ip):
    url = "https://api.cloudflare.com/client/v4/zones/%s/dns_records/%s" % (ZONE, record_id)
    resp, content = h.request(
        url,
        "PATCH",
        body=json.dumps({"content": ip}),
        headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"},
    )
    if resp.status != 200:
        sys.exit("failed: %s %s" % (resp.status, content))
    print("ok %s -> %s" % (record_id, ip))


if __name__ == "__main__":
    set_origin(sys.argv[1], sys.argv[2])
