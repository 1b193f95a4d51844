"""Minimal HTTP Data Collector API client (Log Analytics shared key auth)."""
import base64
import datetime
import hashlib
import hmac
import json
import logging
import re

import requests


class LogAnalyticsClient:
    def __init__(self, workspace_id, shared_key, log_analytics_uri=None):
        self.workspace_id = workspace_id
        self.shared_key = shared_key
        if not log_analytics_uri or not str(log_analytics_uri).strip():
            log_analytics_uri = "https://{}.ods.opinsights.azure.com".format(workspace_id)
        pattern = r"https:\/\/([\w\-]+)\.ods\.opinsights\.azure\.([a-zA-Z\.]+)$"
        if not re.match(pattern, str(log_analytics_uri)):
            raise ValueError("Invalid Log Analytics Uri")
        self.uri = log_analytics_uri + "/api/logs?api-version=2016-04-01"

    def _signature(self, date, content_length):
        string_to_hash = "POST\n{}\napplication/json\nx-ms-date:{}\n/api/logs".format(content_length, date)
        decoded_key = base64.b64decode(self.shared_key)
        digest = hmac.new(decoded_key, string_to_hash.encode("utf-8"), digestmod=hashlib.sha256).digest()
        return "SharedKey {}:{}".format(self.workspace_id, base64.b64encode(digest).decode())

    def post(self, records, log_type):
        body = json.dumps(records)
        rfc1123 = datetime.datetime.utcnow().strftime("%a, %d %b %Y %H:%M:%S GMT")
        headers = {
            "content-type": "application/json",
            "Authorization": self._signature(rfc1123, len(body)),
            "Log-Type": log_type,
            "x-ms-date": rfc1123,
            "time-generated-field": "EdgeStartTimestamp",
        }
        resp = requests.post(self.uri, data=body, headers=headers, timeout=60)
        if resp.status_code not in (200, 202):
            logging.error("Log Analytics returned %s: %s", resp.status_code, resp.text)
            resp.raise_for_status()
        return resp.status_code
