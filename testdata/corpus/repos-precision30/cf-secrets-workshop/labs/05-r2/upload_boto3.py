"""Lab 05: upload to R2 with boto3, credentials from the environment only."""
import os
import sys

import boto3
from botocore.config import Config

ACCOUNT_ID = os.environ["R2_ACCOUNT_ID"]

s3 = boto3.client(
    "s3",
    endpoint_url=f"https://{ACCOUNT_ID}.r2.cloudflarestorage.com",
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    region_name="auto",
    config=Config(signature_version="s3v4", retries={"max_attempts": 3}),
)

# Common mistake the lab asks you to spot in the slides: passing
# verify=False here "because of the proxy". Don't. Fix the proxy's CA instead:
#   export AWS_CA_BUNDLE=/etc/ssl/certs/corp-proxy.pem


def main(path, bucket="workshop-demo"):
    key = os.path.basename(path)
    s3.upload_file(path, bucket, key, ExtraArgs={"ContentType": "application/octet-stream"})
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=600
    )
    print(f"uploaded s3://{bucket}/{key}")
    print(f"presigned (10 min): {url}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: upload_boto3.py FILE [BUCKET]")
    main(*sys.argv[1:])
