"""Slack Bolt app: /cf-purge, /cf-waf and a Jenkins deploy button.

All secrets come from the environment (see .env.example / the k8s Secret).
"""
import os
import re

import requests
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

CF_API = "https://api.cloudflare.com/client/v4"
CF_HEADERS = {"Authorization": f"Bearer {os.environ['CF_API_TOKEN']}"}
ZONE_ID = os.environ["CF_ZONE_ID"]
JENKINS = os.environ.get("JENKINS_URL", "https://jenkins.internal:8443")


@app.command("/cf-purge")
def purge(ack, respond, command):
    ack()
    urls = command.get("text", "").split()
    if not urls:
        respond("usage: `/cf-purge https://blockhaven.gg/path ...`")
        return
    r = requests.post(
        f"{CF_API}/zones/{ZONE_ID}/purge_cache",
        headers=CF_HEADERS,
        json={"files": urls},
        timeout=20,
    )
    respond(f"purge: {'ok' if r.json().get('success') else r.text}")


@app.command("/cf-waf")
def waf(ack, respond, command):
    """Block or unblock an IP with a custom rule list item."""
    ack()
    m = re.match(r"(block|unblock)\s+(\S+)", command.get("text", ""))
    if not m:
        respond("usage: `/cf-waf block 198.51.100.23`")
        return
    action, ip = m.groups()
    list_id = os.environ["CF_BLOCKLIST_ID"]
    account = os.environ["CF_ACCOUNT_ID"]
    url = f"{CF_API}/accounts/{account}/rules/lists/{list_id}/items"
    if action == "block":
        r = requests.post(url, headers=CF_HEADERS, json=[{"ip": ip, "comment": f"slack:{command['user_name']}"}], timeout=20)
    else:
        items = requests.get(url, headers=CF_HEADERS, params={"search": ip}, timeout=20).json()["result"]
        r = requests.delete(url, headers=CF_HEADERS, json={"items": [{"id": i["id"]} for i in items]}, timeout=20)
    respond(f"{action} {ip}: {'ok' if r.ok else r.text}")


@app.action("deploy_site")
def deploy(ack, body, respond):
    ack()
    # Jenkins runs on the LAN with the internal CA that the pod doesn't trust.
    r = requests.post(
        f"{JENKINS}/job/blockhaven-site/build",
        auth=(os.environ["JENKINS_USER"], os.environ["JENKINS_API_TOKEN"]),
        verify=False,
        timeout=15,
    )
    respond(f"Deploy queued by <@{body['user']['id']}>: HTTP {r.status_code}")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
