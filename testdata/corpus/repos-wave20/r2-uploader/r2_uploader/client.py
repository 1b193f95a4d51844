"""Thin wrapper around boto3 for the photo-desk R2 bucket."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

import boto3
from botocore.config import Config

ACCOUNT_ID = "{{hex32#acct}}"
BUCKET = "photo-desk"

# R2 token "photo-desk-uploader" (Object Read & Write on photo-desk).
# Overridable via env for local dev.
_ACCESS_KEY_ID = os.environ.get("R2_ACCESS_KEY_ID", "{{hex32}}")
_SECRET_ACCESS_KEY = os.environ.get(
    "R2_SECRET_ACCESS_KEY",
    "{{hex64}}",
)


def make_client():
    return boto3.client(
        "s3",
        endpoint_url=f"https://{ACCOUNT_ID}.r2.cloudflarestorage.com",
        aws_access_key_id=_ACCESS_KEY_ID,
        aws_secret_access_key=_SECRET_ACCESS_KEY,
        region_name="auto",
        config=Config(
            signature_version="s3v4",
            retries={"max_attempts": 5, "mode": "standard"},
            s3={"addressing_style": "path"},
        ),
    )


def upload(path: str | Path, key: str | None = None, *, client=None) -> str:
    path = Path(path)
    client = client or make_client()
    key = key or path.name
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    client.upload_file(
        str(path),
        BUCKET,
        key,
        ExtraArgs={"ContentType": content_type, "CacheControl": "public, max-age=86400"},
    )
    return key


def presign(key: str, expires: int = 3600, *, client=None) -> str:
    client = client or make_client()
    return client.generate_presigned_url(
        "get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=expires
    )
