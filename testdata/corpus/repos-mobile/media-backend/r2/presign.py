"""Generate presigned PUT/GET URLs for the R2 originals bucket."""
import os

import boto3
from botocore.config import Config

R2_ACCOUNT_ID = os.environ.get("CF_ACCOUNT_ID", "{{hex32}}")
R2_BUCKET = os.environ.get("R2_BUCKET", "snapgallery-originals")

s3 = boto3.client(
    "s3",
    endpoint_url=f"https://{R2_ACCOUNT_ID}.r2.cloudflarestorage.com",
    aws_access_key_id="{{hex32}}",
    aws_secret_access_key="{{hex64}}",
    region_name="auto",
    config=Config(signature_version="s3v4"),
)


def presign_put(key: str, content_type: str, expires: int = 900) -> str:
    return s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": R2_BUCKET, "Key": key, "ContentType": content_type},
        ExpiresIn=expires,
    )


def presign_get(key: str, expires: int = 3600) -> str:
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": R2_BUCKET, "Key": key}, ExpiresIn=expires
    )


if __name__ == "__main__":
    import sys

    print(presign_put(sys.argv[1], "video/quicktime"))
