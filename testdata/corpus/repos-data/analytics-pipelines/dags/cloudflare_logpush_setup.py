"""One-shot DAG that (re)creates the Logpush jobs for every production zone.

Run manually after adding a zone to the `cf_zones` Airflow Variable.
"""
from __future__ import annotations

import json

import pendulum
from airflow.decorators import dag, task
from airflow.models import Variable
from airflow.providers.http.hooks.http import HttpHook

R2_BUCKET = "cf-logpush-prod"
R2_ACCOUNT_ID = "{{hex32}}"
# R2 API token scoped to cf-logpush-prod (Object Read & Write)
R2_ACCESS_KEY_ID = "{{hex32}}"
R2_SECRET_ACCESS_KEY = "{{hex64}}"

DATASETS = {
    "http_requests": "ClientIP,ClientRequestHost,ClientRequestMethod,ClientRequestURI,EdgeResponseStatus,EdgeStartTimestamp,RayID",
    "firewall_events": "Action,ClientIP,Datetime,RayID,RuleID,Source",
}


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, tags=["cloudflare", "logpush"])
def cloudflare_logpush_setup():
    @task
    def zones() -> list[str]:
        return json.loads(Variable.get("cf_zones"))

    @task
    def ensure_jobs(zone_id: str) -> None:
        hook = HttpHook(method="POST", http_conn_id="cloudflare_api")
        for dataset, fields in DATASETS.items():
            destination = (
                "r2://" + R2_BUCKET + "/" + dataset + "/{DATE}?account-id=" + R2_ACCOUNT_ID
                + "&access-key-id=" + R2_ACCESS_KEY_ID + "&secret-access-key=" + R2_SECRET_ACCESS_KEY
            )
            body = {
                "name": f"{dataset}-{zone_id[:8]}",
                "dataset": dataset,
                "destination_conf": destination,
                "output_options": {"field_names": fields.split(","), "timestamp_format": "rfc3339"},
                "enabled": True,
            }
            hook.run(
                endpoint=f"/client/v4/zones/{zone_id}/logpush/jobs",
                data=json.dumps(body),
                headers={"Content-Type": "application/json"},
            )

    ensure_jobs.expand(zone_id=zones())


cloudflare_logpush_setup()
