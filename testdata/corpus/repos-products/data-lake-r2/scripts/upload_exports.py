"""Nightly: copy warehouse parquet exports to the R2 bucket used by the BI team."""
import pathlib
import sys

import boto3
from botocore.config import Config

R2_ACCOUNT_ID = "{{hex32}}"
R2_ENDPOINT = f"https://{R2_ACCOUNT_ID}.r2.cloudflarestorage.com"

s3 = boto3.client(
    "s3",
    endpoint_url=R2_ENDPOINT,
    aws_access_key_id="{{hex32}}",
    aws_secret_access_key="{{hex64}}",
    region_name="auto",
    config=Config(signature_version="s3v4", retries={"max_attempts": 5}),
)


def main(export_dir: str) -> None:
    for path in pathlib.Path(export_dir).glob("*.parquet"):
        key = f"exports/{path.name}"
        s3.upload_file(str(path), "acme-bi", key)
        print(f"uploaded {key}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/data/exports")
