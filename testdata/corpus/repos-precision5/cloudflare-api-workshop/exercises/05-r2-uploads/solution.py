"""Exercise 05 - upload the workshop slides to R2 with boto3 (S3 API)."""
import pathlib

import boto3

ACCOUNT_ID = "{{hex32}}"
R2_ENDPOINT = f"https://{ACCOUNT_ID}.r2.cloudflarestorage.com"

# R2 API token for the workshop-uploads bucket (Object Read & Write)
R2_ACCESS_KEY_ID = "{{hex32}}"
R2_SECRET_ACCESS_KEY = "{{hex64}}"

s3 = boto3.client(
    "s3",
    endpoint_url=R2_ENDPOINT,
    aws_access_key_id=R2_ACCESS_KEY_ID,
    aws_secret_access_key=R2_SECRET_ACCESS_KEY,
    region_name="auto",
)

for path in pathlib.Path("slides").glob("*.pdf"):
    s3.upload_file(str(path), "workshop-uploads", f"slides/{path.name}")
    print("uploaded", path.name)
