#!/usr/local/CyberCP/bin/python
# -*- coding: utf-8 -*-
"""cfDnsSync CyberPanel plugin: push PowerDNS records of CyberPanel domains to Cloudflare.

Credentials are the ones the admin saved under DNS > CloudFlare in CyberPanel
(stored in the dns_cloudflareapi table), so nothing is configured here.
"""
import os
import sys
import logging

sys.path.append('/usr/local/CyberCP')
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "CyberCP.settings")

import django
django.setup()

import requests
import CloudFlare
from dns.models import Domains, Records
from loginSystem.models import Administrator
from manageServices.models import PDNSStatus

log = logging.getLogger("cfDnsSync")
logging.basicConfig(filename="/home/cyberpanel/cfDnsSync.log", level=logging.INFO)

PANEL_API = "https://127.0.0.1:8090/api"
SYNC_TYPES = {"A", "AAAA", "CNAME", "MX", "TXT", "CAA"}


def panel_verify_login(admin):
    # CyberPanel's own API on :8090 uses the self-signed lscpd cert on fresh installs
    r = requests.post(f"{PANEL_API}/verifyConn",
                      json={"adminUser": admin.userName, "adminPass": os.environ["CP_ADMIN_PASS"]},
                      verify=False, timeout=10)
    return r.ok and r.json().get("verifyConn") == 1


def client_for(admin):
    cfapi = admin.cloudflareapi_set.first()
    if cfapi is None:
        raise RuntimeError(f"no Cloudflare credentials saved for {admin.userName}")
    return CloudFlare.CloudFlare(email=cfapi.email, key=cfapi.api,
                                 raw=False, debug=False)


def sync_domain(cf, domain):
    zones = cf.zones.get(params={"name": domain.name})
    if not zones:
        log.info("%s: no Cloudflare zone, skipped", domain.name)
        return 0
    zone_id = zones[0]["id"]
    existing = {(r["type"], r["name"]): r for r in cf.zones.dns_records.get(zone_id, params={"per_page": 500})}
    count = 0
    for rec in Records.objects.filter(domainOwner=domain, disabled=0):
        if rec.type not in SYNC_TYPES:
            continue
        body = {"type": rec.type, "name": rec.name, "content": rec.content, "ttl": rec.ttl or 1}
        if rec.type == "MX":
            body["priority"] = rec.prio
        key = (rec.type, rec.name)
        if key in existing:
            cf.zones.dns_records.put(zone_id, existing[key]["id"], data=body)
        else:
            cf.zones.dns_records.post(zone_id, data=body)
        count += 1
    log.info("%s: %d records pushed", domain.name, count)
    return count


def main():
    if PDNSStatus.objects.first().serverStatus != 1:
        log.warning("PowerDNS disabled, nothing to sync")
        return 1
    admin = Administrator.objects.get(pk=1)
    if not panel_verify_login(admin):
        log.error("panel API login failed")
        return 1
    cf = client_for(admin)
    total = sum(sync_domain(cf, d) for d in Domains.objects.all())
    log.info("done, %d records", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
