# Test file for semgrep/cloudflare-global-api-key.yaml.
# Run: semgrep --test semgrep/
# Lines after "ruleid:" must match, lines after "ok:" must not.
import os

import CloudFlare
import requests
from cloudflare import Cloudflare

CF = "https://api.cloudflare.com/client/v4"


def list_zones_global_key(email, key):
    # ruleid: cloudflare-global-api-key-header
    return requests.get(f"{CF}/zones", headers={"X-Auth-Email": email, "X-Auth-Key": key})


def purge_everything(zone_id):
    headers = {
        "X-Auth-Email": os.environ["CF_EMAIL"],
        # ruleid: cloudflare-global-api-key-header
        "X-Auth-Key": os.environ["CF_GLOBAL_KEY"],
        "Content-Type": "application/json",
    }
    return requests.post(f"{CF}/zones/{zone_id}/purge_cache", headers=headers, json={"purge_everything": True})


def legacy_sdk():
    # ruleid: cloudflare-sdk-global-key
    cf = CloudFlare.CloudFlare(email=os.environ["CF_EMAIL"], key=os.environ["CF_GLOBAL_KEY"])
    return cf.zones.get()


def new_sdk_with_key():
    # ruleid: cloudflare-sdk-global-key
    client = Cloudflare(api_email=os.environ["CF_EMAIL"], api_key=os.environ["CF_GLOBAL_KEY"])
    return client.zones.list()


def origin_certs(zone_id, service_key):
    # ruleid: cloudflare-user-service-key-header
    hdrs = {"X-Auth-User-Service-Key": service_key}
    return requests.get(f"{CF}/certificates", params={"zone_id": zone_id}, headers=hdrs)


def list_zones_token():
    token = os.environ["CLOUDFLARE_API_TOKEN"]
    # ok: cloudflare-global-api-key-header
    return requests.get(f"{CF}/zones", headers={"Authorization": f"Bearer {token}"})


def new_sdk_with_token():
    # ok: cloudflare-sdk-global-key
    client = Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"])
    return client.zones.list()


def zilore_domains(zilore_key):
    # ok: cloudflare-global-api-key-header
    return requests.get("https://api.zilore.com/dns/v1/domains", headers={"X-Auth-Key": zilore_key})


def swift_v1_auth(user, key):
    # ok: cloudflare-global-api-key-header
    return requests.get("https://swift.internal:8080/auth/v1.0", headers={"X-Auth-User": user, "X-Auth-Key": key})


def webhook_handler(request):
    # a server *reading* the header is not a use of the key
    # ok: cloudflare-global-api-key-header
    supplied = request.headers.get("X-Auth-Key")
    return supplied == os.environ["WEBHOOK_SHARED_KEY"]
