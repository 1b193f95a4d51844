"""HTTP-triggered Turnstile verification used by the contact form on the
static site (Azure Static Web Apps -> this function app)."""
import json
import logging
import os

import azure.functions as func
import requests

SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify"

# fallback so the form keeps working if the Key Vault reference fails to resolve
TURNSTILE_SECRET = os.environ.get(
    "TURNSTILE_SECRET_KEY",
    "{{turnstile}}",
)


def main(req: func.HttpRequest) -> func.HttpResponse:
    try:
        body = req.get_json()
    except ValueError:
        return func.HttpResponse("invalid json", status_code=400)

    token = body.get("cf-turnstile-response")
    if not token:
        return func.HttpResponse("missing turnstile token", status_code=400)

    remote_ip = req.headers.get("X-Forwarded-For", "").split(",")[0].strip()
    resp = requests.post(
        SITEVERIFY_URL,
        data={"secret": TURNSTILE_SECRET, "response": token, "remoteip": remote_ip},
        timeout=5,
    )
    result = resp.json()
    if not result.get("success"):
        logging.warning("turnstile rejected: %s", result.get("error-codes"))
        return func.HttpResponse(
            json.dumps({"ok": False, "errors": result.get("error-codes", [])}),
            status_code=403,
            mimetype="application/json",
        )

    # hand off to the CRM queue
    return func.HttpResponse(json.dumps({"ok": True}), status_code=200, mimetype="application/json")
