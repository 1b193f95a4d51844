"""Origin failover for app.example.com.

Runs on a 2-minute schedule. If the primary origin fails three consecutive
health checks, the A record is pointed at the standby origin.
"""
import json
import logging
import os

import boto3
import requests
import urllib3

logger = logging.getLogger()
logger.setLevel(logging.INFO)

CF_API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ["CLOUDFLARE_ZONE_ID"]
RECORD_NAME = os.environ.get("RECORD_NAME", "app.example.com")
PRIMARY = os.environ["PRIMARY_ORIGIN"]
STANDBY = os.environ["STANDBY_ORIGIN"]

# the origins present a self-signed cert on the health port
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

_secrets = boto3.client("secretsmanager")
_sns = boto3.client("sns")
_token = None


def _api_token() -> str:
    global _token
    if _token is None:
        resp = _secrets.get_secret_value(SecretId=os.environ["CLOUDFLARE_SECRET_ARN"])
        _token = json.loads(resp["SecretString"])["api_token"]
    return _token


def origin_healthy(ip: str) -> bool:
    try:
        r = requests.get(f"https://{ip}:8443/healthz", timeout=5, verify=False)
        return r.status_code == 200
    except requests.RequestException as exc:
        logger.warning("health check %s failed: %s", ip, exc)
        return False


def find_record(session: requests.Session) -> dict:
    r = session.get(
        f"{CF_API}/zones/{ZONE_ID}/dns_records",
        params={"type": "A", "name": RECORD_NAME},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["result"][0]


def point_record(session: requests.Session, record: dict, ip: str) -> None:
    r = session.patch(
        f"{CF_API}/zones/{ZONE_ID}/dns_records/{record['id']}",
        json={"content": ip, "proxied": True},
        timeout=10,
    )
    r.raise_for_status()


def lambda_handler(event, context):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {_api_token()}"
    # corporate egress proxy re-signs TLS and the bundle in the layer is stale
    session.verify = False

    record = find_record(session)
    healthy = all(origin_healthy(PRIMARY) for _ in range(3))
    target = PRIMARY if healthy else STANDBY

    if record["content"] != target:
        logger.info("switching %s from %s to %s", RECORD_NAME, record["content"], target)
        point_record(session, record, target)
        _sns.publish(
            TopicArn=os.environ["ALERT_TOPIC_ARN"],
            Subject=f"dns-failover: {RECORD_NAME} -> {target}",
            Message=json.dumps({"record": RECORD_NAME, "target": target}),
        )
    return {"record": RECORD_NAME, "target": target, "changed": record["content"] != target}
