# Test fixture for semgrep/rules/cloudflare-global-api-key.yaml
# Run: semgrep --test semgrep/
import os

import CloudFlare
import requests
from flask import request

EMAIL = os.environ.get("CF_EMAIL")
KEY = os.environ.get("CF_KEY")
TOKEN = os.environ.get("CLOUDFLARE_API_TOKEN")


def bad_inline():
    # ruleid: cloudflare-global-api-key-header
    return requests.get(
        "https://api.cloudflare.com/client/v4/zones",
        headers={"X-Auth-Email": EMAIL, "X-Auth-Key": KEY},
    )


def bad_dict():
    hdrs = {
        "X-Auth-Email": EMAIL,
        "X-Auth-Key": KEY,
        "Content-Type": "application/json",
    }
    # ruleid: cloudflare-global-api-key-header
    return requests.post("https://api.cloudflare.com/client/v4/zones/abc/purge_cache",
                         headers=hdrs, json={"purge_everything": True})


def bad_session():
    s = requests.Session()
    s.headers["X-Auth-Email"] = EMAIL
    # ruleid: cloudflare-global-api-key-header
    s.headers["X-Auth-Key"] = KEY
    return s.get("https://api.cloudflare.com/client/v4/user")


def bad_sdk():
    # ruleid: cloudflare-sdk-global-key
    cf = CloudFlare.CloudFlare(email=EMAIL, key=KEY)
    return cf.zones.get()


def ok_bearer():
    # ok: cloudflare-global-api-key-header
    return requests.get(
        "https://api.cloudflare.com/client/v4/zones",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )


def ok_sdk_token():
    # ok: cloudflare-sdk-global-key
    cf = CloudFlare.CloudFlare(token=TOKEN)
    return cf.zones.get()


def ok_other_vendor():
    # Zilore DNS uses its own X-Auth-Key header; not Cloudflare.
    # ok: cloudflare-global-api-key-header
    return requests.get(
        "https://api.zilore.com/dns/v1/domains",
        headers={"X-Auth-Key": os.environ.get("ZILORE_KEY")},
    )


def ok_server_side():
    # A server reading the header is not a client sending it.
    # ok: cloudflare-global-api-key-header
    legacy = request.headers.get("X-Auth-Key")
    return legacy is not None
