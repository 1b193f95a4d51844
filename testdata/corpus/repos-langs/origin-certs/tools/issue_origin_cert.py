#!/usr/bin/env python3
import json
import sys

import requests

SERVICE_KEY = "{{origin}}"


def issue(csr_path, hostnames):
    with open(csr_path) as f:
        csr = f.read()
    resp = requests.post(
        "https://api.cloudflare.com/client/v4/certificates",
        headers={"X-Auth-User-Service-Key": SERVICE_KEY},
        json={"csr": csr, "hostnames": hostnames, "request_type": "origin-rsa", "requested_validity": 5475},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["result"]["certificate"]


if __name__ == "__main__":
    print(json.dumps(issue(sys.argv[1], sys.argv[2:])))
