"""Issues / renews Cloudflare Origin CA certificates for the GKE ingress and
stores the PEMs in GCS. Triggered by Cloud Scheduler once a month."""
import json
import os
import subprocess
import tempfile

import requests
from flask import Flask, jsonify
from google.cloud import storage

app = Flask(__name__)

CF_API = "https://api.cloudflare.com/client/v4"
HOSTNAMES = [h.strip() for h in os.environ["CERT_HOSTNAMES"].split(",")]
VALIDITY = int(os.environ.get("CERT_VALIDITY_DAYS", "5475"))
BUCKET = os.environ["CERT_BUCKET"]


def make_csr(common_name: str) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as d:
        key_path, csr_path = f"{d}/key.pem", f"{d}/csr.pem"
        subprocess.run(
            ["openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes",
             "-keyout", key_path, "-out", csr_path, "-subj", f"/CN={common_name}"],
            check=True, capture_output=True,
        )
        with open(key_path) as k, open(csr_path) as c:
            return k.read(), c.read()


def create_origin_cert(csr: str) -> dict:
    resp = requests.post(
        f"{CF_API}/certificates",
        headers={
            "X-Auth-User-Service-Key": os.environ["CF_ORIGIN_CA_KEY"],
            "Content-Type": "application/json",
        },
        data=json.dumps(
            {
                "hostnames": HOSTNAMES,
                "requested_validity": VALIDITY,
                "request_type": "origin-rsa",
                "csr": csr,
            }
        ),
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    if not body.get("success"):
        raise RuntimeError(body.get("errors"))
    return body["result"]


@app.post("/renew")
def renew():
    private_key, csr = make_csr(HOSTNAMES[0])
    cert = create_origin_cert(csr)
    bucket = storage.Client().bucket(BUCKET)
    bucket.blob("origin/tls.crt").upload_from_string(cert["certificate"])
    bucket.blob("origin/tls.key").upload_from_string(private_key)
    return jsonify({"id": cert["id"], "expires_on": cert["expires_on"]})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8080)))
