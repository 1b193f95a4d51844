"""Upload reports to R2 through its S3-compatible API."""
from __future__ import annotations

import os
from pathlib import Path

import boto3
from botocore.config import Config


def r2_client(account_id: str | None = None):
    account_id = account_id or os.environ["CLOUDFLARE_ACCOUNT_ID"]
    return boto3.client(
        "s3",
        endpoint_url=f"https://{account_id}.r2.cloudflarestorage.com",
        aws_access_key_id=os.environ["R2_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["R2_SECRET_ACCESS_KEY"],
        region_name="auto",
        config=Config(signature_version="s3v4", retries={"max_attempts": 3}),
    )


def upload_report(path: Path, bucket: str = "acme-ops-reports", prefix: str = "dns-audit/") -> str:
    key = f"{prefix}{path.name}"
    r2_client().upload_file(
        str(path),
        bucket,
        key,
        ExtraArgs={"ContentType": "text/csv", "CacheControl": "no-store"},
    )
    return f"r2://{bucket}/{key}"


def presign(bucket: str, key: str, expires: int = 3600) -> str:
    """Share a report for an hour without handing out R2 credentials."""
    return r2_client().generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=expires
    )
