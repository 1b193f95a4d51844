"""Vulnerable-by-design Flask app for Lab 01. DO NOT DEPLOY.

Every "secret" in this file is a planted CTF flag, not a credential.
"""
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

# Planted finding #1: a "hardcoded token". It is a flag, not a token.
CLOUDFLARE_API_TOKEN = "FLAG{h4rdc0d3d_t0k3ns_4lw4ys_l34k}"

# Planted finding #2: "legacy auth" toggle. Off by default, and the values it
# would use come from the environment (which the lab leaves empty).
LEGACY_AUTH = os.environ.get("LEGACY_AUTH") == "1"

TURNSTILE_SECRET = os.environ.get("TURNSTILE_SECRET_KEY", "")
MOCK_API = os.environ.get("MOCK_API_BASE", "https://localhost:8443/client/v4")


def auth_headers():
    if LEGACY_AUTH:
        # Students: this is the pattern from task 3. In the lab it only ever
        # talks to the local mock, which rejects it with a lecture.
        return {
            "X-Auth-Email": os.environ.get("LAB_EMAIL", ""),
            "X-Auth-Key": os.environ.get("LAB_LEGACY_KEY", ""),
        }
    return {"Authorization": f"Bearer {os.environ.get('LAB_TOKEN', '')}"}


@app.post("/contact")
def contact():
    token = request.form.get("cf-turnstile-response", "")
    r = requests.post(
        "https://challenges.cloudflare.com/turnstile/v0/siteverify",
        data={"secret": TURNSTILE_SECRET, "response": token},
        timeout=5,
    )
    if not r.json().get("success"):
        return jsonify(error="captcha failed"), 400
    return jsonify(ok=True)


@app.get("/zones")
def zones():
    # Planted finding #3 (task 4): verification off, but only against the
    # lab's self-signed mock on localhost.
    r = requests.get(f"{MOCK_API}/zones", headers=auth_headers(), verify=False, timeout=5)
    return jsonify(r.json()), r.status_code


@app.get("/debug")
def debug():
    # Planted finding #4: leaks the flag to anyone who asks.
    return jsonify(token=CLOUDFLARE_API_TOKEN)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
