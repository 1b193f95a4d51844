# encoding = utf-8
"""Modular input: Cloudflare account audit logs -> Splunk.

Audit events are also mirrored to the local HEC relay so the SOAR box
can subscribe to them.
"""
import json
import os

import requests

AUDIT_PATH = "/accounts/{account}/audit_logs"
HEC_URL = "https://127.0.0.1:8088/services/collector/event"


def validate_input(helper, definition):
    if not definition.parameters.get("account_id"):
        raise ValueError("account_id is required")


def _session(helper, account):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer %s" % account["api_token"]
    s.headers["User-Agent"] = "TA-cloudflare/2.3.1"
    # keep verification on for api.cloudflare.com; optional custom CA bundle
    ca_bundle = helper.get_global_setting("ca_bundle")
    s.verify = ca_bundle if ca_bundle else True
    return s


def _mirror_to_hec(events):
    # local splunkd uses its self-signed default cert; this never leaves the host
    token = os.environ.get("SPLUNK_HEC_TOKEN", "")
    payload = "\n".join(json.dumps({"event": e, "sourcetype": "cloudflare:audit"}) for e in events)
    requests.post(HEC_URL, data=payload,
                  headers={"Authorization": "Splunk " + token},
                  verify=False, timeout=10)


def collect_events(helper, ew):
    account = helper.get_arg("global_account")
    account_id = helper.get_arg("account_id")
    api_url = helper.get_arg("api_url") or "https://api.cloudflare.com/client/v4"
    since = helper.get_check_point("audit_%s" % account_id) or "2024-01-01T00:00:00Z"

    s = _session(helper, account)
    page, newest, batch = 1, since, []
    while True:
        r = s.get(api_url + AUDIT_PATH.format(account=account_id),
                  params={"since": since, "page": page, "per_page": 100, "direction": "asc"},
                  timeout=60)
        r.raise_for_status()
        body = r.json()
        for item in body.get("result", []):
            ew.write_event(helper.new_event(data=json.dumps(item), time=None,
                                            index=helper.get_output_index(),
                                            sourcetype="cloudflare:audit"))
            batch.append(item)
            newest = max(newest, item.get("when", newest))
        info = body.get("result_info") or {}
        if page >= info.get("total_pages", 1):
            break
        page += 1

    if batch and helper.get_global_setting("mirror_hec") == "1":
        _mirror_to_hec(batch)
    helper.save_check_point("audit_%s" % account_id, newest)
