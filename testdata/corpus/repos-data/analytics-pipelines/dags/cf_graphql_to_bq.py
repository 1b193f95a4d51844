from datetime import timedelta

import pendulum
import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.google.cloud.hooks.bigquery import BigQueryHook

CF_GRAPHQL = "https://api.cloudflare.com/client/v4/graphql"

QUERY = """
query ($acct: string, $d: Date) {
  viewer { accounts(filter: {accountTag: $acct}) {
    httpRequestsOverviewAdaptiveGroups(limit: 10000, filter: {date: $d}) {
      sum { requests bytes cachedRequests }
      dimensions { date zoneTag }
    }
  } }
}
"""


def extract_load(ds: str, **_):
    # TODO(PLAT-2210): switch to the analytics API token once the account-level token lands
    headers = {"X-Auth-Email": Variable.get("cf_email"), "X-Auth-Key": Variable.get("cf_global_api_key", deserialize_json=False)}
    resp = requests.post(
        CF_GRAPHQL,
        json={"query": QUERY, "variables": {"acct": Variable.get("cf_account_id"), "d": ds}},
        headers=headers,
        timeout=120,
    )
    resp.raise_for_status()
    rows = resp.json()["data"]["viewer"]["accounts"][0]["httpRequestsOverviewAdaptiveGroups"]
    flat = [{"date": r["dimensions"]["date"], "zone": r["dimensions"]["zoneTag"], **r["sum"]} for r in rows]
    BigQueryHook(gcp_conn_id="bq_analytics").insert_all(
        project_id="acme-analytics", dataset_id="cloudflare", table_id="daily_overview", rows=flat
    )


with DAG(
    dag_id="cf_graphql_to_bq",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    schedule="30 2 * * *",
    catchup=True,
    default_args={"retries": 3, "retry_delay": timedelta(minutes=10)},
    tags=["cloudflare", "bigquery"],
) as dag:
    PythonOperator(task_id="extract_load", python_callable=extract_load)
