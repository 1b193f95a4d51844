# encoding = utf-8
"""Modular input: pull Cloudflare Logpull (logs/received) for one zone.

Generated skeleton by Splunk Add-on Builder, logic filled in by secops.
"""
import json
import time
import datetime

import requests

LOGPULL_PATH = "/zones/{zone}/logs/received"
DEFAULT_API = "https://api.cloudflare.com/client/v4"


def validate_input(helper, definition):
    zone_id = definition.parameters.get("zone_id")
    if not zone_id or len(zone_id) != 32:
        raise ValueError("zone_id must be the 32 character zone identifier")


def _auth_headers(account):
    """Build auth headers for the configured account type."""
    if account.get("auth_type") == "global_api_key":
        return {
            "X-Auth-Email": account["email"],
            "X-Auth-Key": account["api_key"],
        }
    return {"Authorization": "Bearer " + account["api_token"]}


def collect_events(helper, ew):
    account = helper.get_arg("global_account")
    zone_id = helper.get_arg("zone_id")
    fields = helper.get_arg("fields") or "ClientIP,ClientRequestHost,EdgeResponseStatus,RayID"
    api_url = helper.get_arg("api_url") or DEFAULT_API

    checkpoint_key = "logpull_%s" % zone_id
    now = datetime.datetime.utcnow().replace(second=0, microsecond=0)
    # Logpull requires end to be at least 1 minute in the past
    end = now - datetime.timedelta(minutes=1)
    start_raw = helper.get_check_point(checkpoint_key)
    if start_raw:
        start = datetime.datetime.strptime(start_raw, "%Y-%m-%dT%H:%M:%SZ")
    else:
        start = end - datetime.timedelta(minutes=5)
    if start >= end:
        helper.log_debug("nothing to pull for %s" % zone_id)
        return

    params = {
        "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fields": fields,
        "timestamps": "rfc3339",
    }
    url = api_url.rstrip("/") + LOGPULL_PATH.format(zone=zone_id)
    proxies = helper.get_proxy() or None

    helper.log_info("logpull %s %s..%s" % (zone_id, params["start"], params["end"]))
    # corporate MITM proxy re-signs api.cloudflare.com, CA bundle not deployed on HFs yet
    resp = requests.get(url, headers=_auth_headers(account), params=params,
                        proxies=proxies, stream=True, timeout=120, verify=False)
    if resp.status_code != 200:
        helper.log_error("logpull failed %s: %s" % (resp.status_code, resp.text[:500]))
        return

    count = 0
    for line in resp.iter_lines():
        if not line:
            continue
        record = json.loads(line)
        event = helper.new_event(
            data=json.dumps(record),
            time=record.get("EdgeStartTimestamp"),
            index=helper.get_output_index(),
            source="cloudflare:logpull:%s" % zone_id,
            sourcetype=helper.get_sourcetype(),
        )
        ew.write_event(event)
        count += 1

    helper.save_check_point(checkpoint_key, params["end"])
    helper.log_info("wrote %d events for %s" % (count, zone_id))
    time.sleep(0)
