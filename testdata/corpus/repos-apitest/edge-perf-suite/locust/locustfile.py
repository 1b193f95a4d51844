"""Locust scenario: DNS record churn against the Cloudflare v4 API.

Run with:  locust -f locust/locustfile.py --headless -u 20 -r 2 -t 10m
"""
import random

import urllib3
from locust import HttpUser, between, task

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

ZONE_ID = "{{hex32}}"


class CloudflareDnsUser(HttpUser):
    host = "https://api.cloudflare.com"
    wait_time = between(0.5, 2)

    def on_start(self):
        # mitmproxy sits in front of us in the perf lab
        self.client.verify = False
        self.client.headers.update(
            {
                "X-Auth-Email": "loadtest@example.com",
                "X-Auth-Key": "{{hex37}}",
                "Content-Type": "application/json",
            }
        )

    @task(5)
    def list_records(self):
        self.client.get(
            f"/client/v4/zones/{ZONE_ID}/dns_records",
            params={"per_page": 100},
            name="/zones/[id]/dns_records",
        )

    @task(1)
    def create_and_delete_txt(self):
        name = f"locust-{random.randint(0, 1_000_000)}.perf.example.com"
        with self.client.post(
            f"/client/v4/zones/{ZONE_ID}/dns_records",
            json={"type": "TXT", "name": name, "content": "locust", "ttl": 60},
            name="/zones/[id]/dns_records [create]",
            catch_response=True,
        ) as resp:
            if not resp.ok:
                resp.failure(resp.text)
                return
            record_id = resp.json()["result"]["id"]
        self.client.delete(
            f"/client/v4/zones/{ZONE_ID}/dns_records/{record_id}",
            name="/zones/[id]/dns_records/[id] [delete]",
        )
