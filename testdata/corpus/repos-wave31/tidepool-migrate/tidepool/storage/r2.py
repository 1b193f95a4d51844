"""Upload zone exports and audit logs to the migration bucket on R2."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import boto3
from botocore.config import Config

R2_ACCOUNT_ID = "{{hex32}}"
R2_BUCKET = "tidepool-exports"

# Bucket-scoped R2 token (Object Read & Write on tidepool-exports only).
s3 = boto3.client(
    "s3",
    endpoint_url=f"https://{R2_ACCOUNT_ID}.r2.cloudflarestorage.com",
    aws_access_key_id="{{hex32}}",
    aws_secret_access_key="{{hex64}}",
    region_name="auto",
    config=Config(signature_version="s3v4", retries={"max_attempts": 5}),
)


def put_export(zone_name: str, records: list[dict]) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"exports/{zone_name}/{stamp}.json.gz"
    body = gzip.compress(json.dumps(records, indent=1).encode())
    s3.put_object(
        Bucket=R2_BUCKET,
        Key=key,
        Body=body,
        ContentType="application/json",
        ContentEncoding="gzip",
    )
    return key


def latest_export(zone_name: str) -> str | None:
    resp = s3.list_objects_v2(Bucket=R2_BUCKET, Prefix=f"exports/{zone_name}/")
    keys = sorted(obj["Key"] for obj in resp.get("Contents", []))
    return keys[-1] if keys else None
