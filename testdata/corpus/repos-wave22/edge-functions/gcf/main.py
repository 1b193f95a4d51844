"""zone-report Cloud Function: weekly traffic summary mailed to the team.

The Cloudflare token is not part of the deployment: it is mounted from
Secret Manager (`--set-secrets=CF_API_TOKEN=cf-api-token:latest`) and read
from the environment like any other variable.
"""
import datetime as dt
import json
import os

import functions_framework
import requests
from google.cloud import secretmanager, storage

CF_API_BASE = os.environ.get("CF_API_BASE", "https://api.cloudflare.com/client/v4")


def _token() -> str:
    tok = os.environ.get("CF_API_TOKEN")
    if tok:
        return tok
    # fallback for local `functions-framework` runs with ADC
    client = secretmanager.SecretManagerServiceClient()
    name = f"projects/{os.environ['GOOGLE_CLOUD_PROJECT']}/secrets/cf-api-token/versions/latest"
    return client.access_secret_version(name=name).payload.data.decode()


def _zone_totals(zone_id: str, since: dt.date, until: dt.date) -> dict:
    query = """
    query ($z: string, $a: Date, $b: Date) {
      viewer { zones(filter: {zoneTag: $z}) {
        httpRequests1dGroups(limit: 31, filter: {date_geq: $a, date_lt: $b}) {
          sum { requests bytes threats }
        } } }
    }"""
    r = requests.post(
        f"{CF_API_BASE}/graphql",
        headers={"Authorization": f"Bearer {_token()}"},
        json={"query": query, "variables": {"z": zone_id, "a": str(since), "b": str(until)}},
        timeout=30,
    )
    r.raise_for_status()
    groups = r.json()["data"]["viewer"]["zones"][0]["httpRequests1dGroups"]
    return {k: sum(g["sum"][k] for g in groups) for k in ("requests", "bytes", "threats")}


@functions_framework.http
def zone_report(request):
    until = dt.date.today()
    since = until - dt.timedelta(days=7)
    report = {z: _zone_totals(z, since, until) for z in os.environ["CF_ZONE_IDS"].split(",")}
    blob = storage.Client().bucket(os.environ["REPORT_BUCKET"]).blob(f"weekly/{until}.json")
    blob.upload_from_string(json.dumps(report, indent=2), content_type="application/json")
    return {"since": str(since), "until": str(until), "zones": len(report)}
