#!/usr/bin/env python3
"""Check that every origin behind the tunnel answers on the LAN.

Most homelab boxes use self-signed certificates, so verification is off for
these LAN-only requests. Nothing here talks to Cloudflare.
"""
import sys

import requests
import urllib3
import yaml

urllib3.disable_warnings()

CONFIG = "/etc/cloudflared/config.yml"


def origins(path=CONFIG):
    with open(path) as fh:
        cfg = yaml.safe_load(fh)
    for rule in cfg.get("ingress", []):
        svc = rule.get("service", "")
        if svc.startswith(("http://", "https://")):
            yield rule.get("hostname", "-"), svc, rule.get("originRequest", {})


def main():
    failed = 0
    for host, svc, opts in origins():
        verify = not opts.get("noTLSVerify", False)
        try:
            r = requests.get(svc, timeout=5, verify=False, allow_redirects=False)
            status = r.status_code
        except requests.RequestException as exc:
            status = f"ERR {exc.__class__.__name__}"
            failed += 1
        print(f"{host:28} {svc:40} tls_verify_in_tunnel={verify!s:5} -> {status}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
