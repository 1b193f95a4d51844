"""Issue Cloudflare Origin CA certificates for the nginx origins.

Origin CA endpoints still require the Origin CA key (User Service Key).
"""
import json
import pathlib
import subprocess

import requests

API_BASE = "https://api.cloudflare.com/client/v4"
CF_ORIGIN_CA_KEY = "{{origin}}"
OUT_DIR = pathlib.Path("/etc/nginx/ssl/cloudflare")


def make_csr(hostname: str) -> tuple[str, str]:
    key_path = OUT_DIR / f"{hostname}.key"
    csr = subprocess.run(
        [
            "openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes",
            "-keyout", str(key_path), "-subj", f"/CN={hostname}",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return str(key_path), csr


def issue(hostnames: list[str], days: int = 5475) -> dict:
    key_path, csr = make_csr(hostnames[0])
    resp = requests.post(
        f"{API_BASE}/certificates",
        headers={
            "X-Auth-User-Service-Key": CF_ORIGIN_CA_KEY,
            "Content-Type": "application/json",
        },
        data=json.dumps(
            {"hostnames": hostnames, "requested_validity": days, "request_type": "origin-rsa", "csr": csr}
        ),
        timeout=30,
    )
    resp.raise_for_status()
    result = resp.json()["result"]
    (OUT_DIR / f"{hostnames[0]}.pem").write_text(result["certificate"])
    return {"id": result["id"], "expires_on": result["expires_on"], "key": key_path}


if __name__ == "__main__":
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    print(issue(["origin.northwind-media.com", "*.origin.northwind-media.com"]))
