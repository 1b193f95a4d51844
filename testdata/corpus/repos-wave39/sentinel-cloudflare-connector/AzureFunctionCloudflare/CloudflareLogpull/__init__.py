"""Timer-triggered Azure Function: Cloudflare Logpull -> Log Analytics (Sentinel)."""
import datetime
import json
import logging
import os

import azure.functions as func
import requests

from ..shared.log_analytics import LogAnalyticsClient
from ..shared.state import StateManager

CF_API = "https://api.cloudflare.com/client/v4"
AUTH_MODE = os.environ.get("CloudflareAuthMode", "token")
ZONE_IDS = [z.strip() for z in os.environ.get("CloudflareZoneIds", "").split(",") if z.strip()]
FIELDS = os.environ.get("CloudflareFields", "ClientIP,ClientRequestHost,EdgeResponseStatus,EdgeStartTimestamp,RayID")
WINDOW = int(os.environ.get("LogpullWindowMinutes", "5"))
TABLE = os.environ.get("TableName", "Cloudflare")


def cloudflare_headers():
    if AUTH_MODE == "global_key":
        # legacy tenants that still own zones under a single user account
        return {
            "X-Auth-Email": os.environ["CloudflareEmail"],
            "X-Auth-Key": os.environ["CloudflareApiKey"],
        }
    return {"Authorization": "Bearer {}".format(os.environ["CloudflareApiToken"])}


def pull_zone(zone_id, start, end):
    url = "{}/zones/{}/logs/received".format(CF_API, zone_id)
    params = {
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fields": FIELDS,
        "timestamps": "rfc3339",
    }
    with requests.get(url, headers=cloudflare_headers(), params=params, stream=True, timeout=230) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line:
                rec = json.loads(line)
                rec["ZoneId"] = zone_id
                yield rec


def main(mytimer: func.TimerRequest) -> None:
    if mytimer.past_due:
        logging.warning("timer is past due")
    state = StateManager(os.environ["AzureWebJobsStorage"], file_path="cloudflare_logpull_state")
    la = LogAnalyticsClient(os.environ["WorkspaceID"], os.environ["WorkspaceKey"],
                            os.environ.get("logAnalyticsUri"))

    end = datetime.datetime.utcnow().replace(second=0, microsecond=0) - datetime.timedelta(minutes=1)
    last = state.get()
    start = datetime.datetime.fromisoformat(last) if last else end - datetime.timedelta(minutes=WINDOW)
    # Logpull allows at most 1 hour per request
    if end - start > datetime.timedelta(hours=1):
        start = end - datetime.timedelta(hours=1)

    total = 0
    for zone_id in ZONE_IDS:
        batch = []
        for rec in pull_zone(zone_id, start, end):
            batch.append(rec)
            if len(batch) >= 5000:
                la.post(batch, TABLE)
                total += len(batch)
                batch = []
        if batch:
            la.post(batch, TABLE)
            total += len(batch)

    state.post(end.isoformat())
    logging.info("Cloudflare logpull: sent %d records for %d zones", total, len(ZONE_IDS))
