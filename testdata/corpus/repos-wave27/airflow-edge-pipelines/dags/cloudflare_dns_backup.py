"""Back up all DNS records as BIND zone files every night.

The token is the password of the ``cloudflare_api`` Airflow connection (stored in the
Secrets Manager backend, ``airflow/connections/cloudflare_api``); nothing secret lives here.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow.decorators import dag, task
from airflow.models import Variable
from airflow.providers.amazon.aws.hooks.s3 import S3Hook
from airflow.providers.http.hooks.http import HttpHook

ZONES = {
    "example.com": "{{hex32}}",
    "example.net": "{{hex32}}",
    "shop.example.com": "{{hex32}}",
}


@dag(
    dag_id="cloudflare_dns_backup",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["cloudflare", "dns", "backup"],
)
def cloudflare_dns_backup():
    @task
    def export_zone(zone_name: str, zone_id: str, ds_nodash: str | None = None) -> str:
        hook = HttpHook(method="GET", http_conn_id="cloudflare_api")
        token = hook.get_connection("cloudflare_api").password
        resp = hook.run(
            endpoint=f"client/v4/zones/{zone_id}/dns_records/export",
            headers={"Authorization": f"Bearer {token}"},
        )
        key = f"dns/{zone_name}/{ds_nodash}.zone"
        S3Hook(aws_conn_id="r2_lake").load_string(
            resp.text,
            key=key,
            bucket_name=Variable.get("dns_backup_bucket", default_var="edge-backups"),
            replace=True,
        )
        return key

    for name, zone_id in ZONES.items():
        export_zone.override(task_id=f"export_{name.replace('.', '_')}")(name, zone_id)


cloudflare_dns_backup()
