"""Webhook receiver. Clients authenticate the same way as Cloudflare's API
(X-Auth-Email + X-Auth-Key), which our old integrations expect."""
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
EXPECTED_KEY = os.environ["WEBHOOK_KEY"]
SENSITIVE_HEADERS = ("Authorization", "X-Auth-Key", "X-Auth-Email")


@app.post("/hook")
def hook():
    key = request.headers.get("X-Auth-Key", "")
    if not hmac.compare_digest(key, EXPECTED_KEY):
        abort(401)
    if request.headers["X-Auth-Email"] == "":
        abort(400)
    return {"ok": True}


def scrub(headers):
    return {k: ("***" if k in SENSITIVE_HEADERS else v) for k, v in headers.items()}
