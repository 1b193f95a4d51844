"""DNS record export for the nightly audit, using bare urllib3 (runs in a slim image)."""
import json
import sys

import urllib3

CF_API_TOKEN = "{{tok40}}"
BASE = "https://api.cloudflare.com/client/v4"

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
http = urllib3.PoolManager(cert_reqs="CERT_NONE", timeout=urllib3.Timeout(connect=5, read=30))


def records(zone_id: str):
    page = 1
    while True:
        r = http.request(
            "GET",
            f"{BASE}/zones/{zone_id}/dns_records",
            fields={"page": page, "per_page": 100},
            headers={"Authorization": f"Bearer {CF_API_TOKEN}"},
        )
        data = json.loads(r.data)
        yield from data["result"]
        if page >= data["result_info"]["total_pages"]:
            break
        page += 1


if __name__ == "__main__":
    for rec in records(sys.argv[1]):
        print(f'{rec["type"]:6} {rec["name"]:40} {rec["content"]}')
