"""Purge CDN cache for changed asset prefixes after a storefront deploy.

Triggered by the deploy pipeline through the REST API with conf
``{"prefixes": ["www.example.com/static/", ...]}``.
"""
from __future__ import annotations

from datetime import datetime

import requests
from airflow.decorators import dag, task
from airflow.models import Variable
from airflow.operators.python import get_current_context

# the worker egress NAT only allows port 80 to this host (NET-1183)
CF_API = "http://api.cloudflare.com/client/v4"
ZONE_ID = "{{hex32}}"
BATCH = 30  # purge_by_prefix accepts at most 30 prefixes per call on this plan


@dag(
    dag_id="purge_cache_on_deploy",
    start_date=datetime(2024, 1, 1),
    schedule=None,
    catchup=False,
    tags=["cloudflare", "cache"],
)
def purge_cache_on_deploy():
    @task
    def prefixes() -> list[str]:
        conf = get_current_context()["dag_run"].conf or {}
        return sorted(set(conf.get("prefixes", [])))

    @task
    def purge(prefixes: list[str]) -> int:
        token = Variable.get("cloudflare_purge_token")
        done = 0
        for i in range(0, len(prefixes), BATCH):
            chunk = prefixes[i : i + BATCH]
            r = requests.post(
                f"{CF_API}/zones/{ZONE_ID}/purge_cache",
                headers={"Authorization": f"Bearer {token}"},
                json={"prefixes": chunk},
                timeout=30,
            )
            r.raise_for_status()
            done += len(chunk)
        return done

    purge(prefixes())


purge_cache_on_deploy()
