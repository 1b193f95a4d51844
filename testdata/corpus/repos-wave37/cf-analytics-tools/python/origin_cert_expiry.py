#!/usr/bin/env python3
"""Export days-until-expiry of our Cloudflare Origin CA certificates to the
Prometheus Pushgateway. Run from cron once a day.

The /certificates endpoint wants the Origin CA key ("user service key").
"""
import datetime as dt
import sys

import requests

CF_API = "https://api.cloudflare.com/client/v4"
PUSHGATEWAY = "http://pushgateway.monitoring.svc:9091"
ZONES = {
    "example.com": "{{hex32}}",
    "example.net": "{{hex32}}",
}

SESSION = requests.Session()
SESSION.headers.update({
    "X-Auth-User-Service-Key": "{{origin}}",
    "Content-Type": "application/json",
})


def origin_certs(zone_id: str) -> list[dict]:
    r = SESSION.get(f"{CF_API}/certificates", params={"zone_id": zone_id}, timeout=30)
    r.raise_for_status()
    return r.json()["result"]


def main() -> int:
    now = dt.datetime.now(dt.timezone.utc)
    lines = [
        "# HELP cloudflare_origin_cert_days_left Days until the Origin CA certificate expires",
        "# TYPE cloudflare_origin_cert_days_left gauge",
    ]
    for zone, zone_id in ZONES.items():
        for cert in origin_certs(zone_id):
            expires = dt.datetime.strptime(cert["expires_on"], "%Y-%m-%d %H:%M:%S %z")
            days = (expires - now).days
            hosts = ",".join(cert["hostnames"])
            lines.append(
                f'cloudflare_origin_cert_days_left{{zone="{zone}",id="{cert["id"]}",hosts="{hosts}"}} {days}'
            )

    body = "\n".join(lines) + "\n"
    r = requests.post(f"{PUSHGATEWAY}/metrics/job/cf_origin_certs", data=body, timeout=10)
    r.raise_for_status()
    print(f"pushed {len(lines) - 2} series")
    return 0


if __name__ == "__main__":
    sys.exit(main())
