# Test fixture for semgrep/rules/cloudflare-insecure-transport.yaml
# Run: semgrep --test semgrep/
import os

import requests

H = {"Authorization": f"Bearer {os.environ.get('CLOUDFLARE_API_TOKEN')}"}


def bad_verify_off():
    # ruleid: cloudflare-api-tls-verify-disabled
    return requests.get("https://api.cloudflare.com/client/v4/zones", headers=H, verify=False)


def bad_plain_http():
    # ruleid: cloudflare-api-plain-http
    return requests.get("http://api.cloudflare.com/client/v4/user/tokens/verify", headers=H)


def ok_verify_on():
    # ok: cloudflare-api-tls-verify-disabled
    return requests.get("https://api.cloudflare.com/client/v4/zones", headers=H, timeout=10)


def ok_custom_ca():
    # ok: cloudflare-api-tls-verify-disabled
    return requests.get(
        "https://api.cloudflare.com/client/v4/zones",
        headers=H,
        verify="/etc/ssl/certs/corp-proxy.pem",
    )


def ok_local_mock():
    # Self-signed mock server from the workshop; not Cloudflare.
    # ok: cloudflare-api-tls-verify-disabled
    return requests.get("https://localhost:8443/client/v4/zones", verify=False)


def ok_other_host_http():
    # ok: cloudflare-api-plain-http
    return requests.get("http://127.0.0.1:8787/__scheduled")
