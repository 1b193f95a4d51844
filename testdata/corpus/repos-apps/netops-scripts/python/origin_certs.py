"""Issue Origin CA certificates for new origin hosts.

The /certificates endpoint still only accepts the Origin CA key here.
"""
import json
import sys

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

API = "https://api.cloudflare.com/client/v4/certificates"


def issue(csr_path: str, hostnames: list[str], days: int = 5475) -> dict:
    with open(csr_path) as fh:
        csr = fh.read()
    resp = requests.post(
        API,
        headers={
            "X-Auth-User-Service-Key": "{{origin}}",
            "Content-Type": "application/json",
        },
        data=json.dumps({
            "csr": csr,
            "hostnames": hostnames,
            "request_type": "origin-rsa",
            "requested_validity": days,
        }),
        verify=False,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["result"]


if __name__ == "__main__":
    result = issue(sys.argv[1], sys.argv[2:])
    print(result["certificate"])
