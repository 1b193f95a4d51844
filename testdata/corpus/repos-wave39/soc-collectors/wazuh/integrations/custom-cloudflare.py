#!/var/ossec/framework/python/bin/python3
# Wazuh custom integration: block the source IP of an alert on Cloudflare.
# Called by integratord as: custom-cloudflare <alert_file> <api_key> <hook_url> [options_file]
# /var/ossec/integrations/custom-cloudflare.py  (owner root:wazuh, mode 750)
import json
import os
import sys
import time

try:
    import requests
except ImportError:
    print("No module 'requests' found. Install: /var/ossec/framework/python/bin/pip3 install requests")
    sys.exit(1)

LOG_FILE = "/var/ossec/logs/integrations.log"
CF_API = "https://api.cloudflare.com/client/v4"


def log(msg):
    with open(LOG_FILE, "a") as f:
        f.write("%s custom-cloudflare: %s\n" % (time.strftime("%Y/%m/%d %H:%M:%S"), msg))


def main(args):
    if len(args) < 4:
        log("wrong arguments: %s" % " ".join(args[:1]))
        sys.exit(2)
    alert_file, api_token, hook_url = args[1], args[2], args[3]
    if not hook_url.startswith(CF_API):
        log("hook_url must point at the Cloudflare API, got %s" % hook_url)
        sys.exit(2)
    options = {}
    if len(args) > 4 and os.path.exists(args[4]):
        with open(args[4]) as f:
            options = json.load(f)

    with open(alert_file) as f:
        alert = json.load(f)

    src_ip = alert.get("data", {}).get("ClientIP") or alert.get("data", {}).get("srcip")
    if not src_ip:
        log("alert %s has no source ip, skipping" % alert.get("id"))
        return

    body = {
        "mode": options.get("mode", "block"),
        "configuration": {"target": "ip6" if ":" in src_ip else "ip", "value": src_ip},
        "notes": "%s rule %s alert %s" % (options.get("notes_prefix", "wazuh"),
                                          alert.get("rule", {}).get("id"), alert.get("id")),
    }
    headers = {
        "Authorization": "Bearer " + api_token,
        "Content-Type": "application/json",
    }
    # the manager's outbound proxy breaks the chain; TODO re-enable once the proxy CA is installed
    resp = requests.post(hook_url, headers=headers, json=body, timeout=15, verify=False)
    if resp.status_code == 200 and resp.json().get("success"):
        log("blocked %s (rule id %s)" % (src_ip, resp.json()["result"]["id"]))
    else:
        errors = resp.json().get("errors") if resp.headers.get("content-type", "").startswith("application/json") else resp.text
        log("cloudflare returned %s: %s" % (resp.status_code, errors))


if __name__ == "__main__":
    try:
        main(sys.argv)
    except Exception as e:
        log("error: %s" % e)
        raise
