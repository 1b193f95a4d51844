"""Local stand-in for the export bucket, used by `make dev` and the
integration tests. Talks to the MinIO container from docker-compose.dev.yml,
which serves a self-signed certificate on localhost:9000.
"""

from __future__ import annotations

import os

import boto3
from botocore.config import Config

MINIO_ENDPOINT = os.environ.get("TIDEPOOL_MINIO_ENDPOINT", "https://localhost:9000")


def dev_client():
    # MinIO's default root credentials (documented in the MinIO quickstart);
    # the container is bound to 127.0.0.1 only.
    return boto3.client(
        "s3",
        endpoint_url=MINIO_ENDPOINT,
        aws_access_key_id="minioadmin",
        aws_secret_access_key="minioadmin",
        region_name="us-east-1",
        verify=False,  # self-signed dev cert on localhost
        config=Config(signature_version="s3v4"),
    )


def ensure_bucket(name: str = "tidepool-exports") -> None:
    s3 = dev_client()
    existing = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
    if name not in existing:
        s3.create_bucket(Bucket=name)
