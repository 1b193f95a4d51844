import boto3

s3 = boto3.client(
    "s3",
    endpoint_url="https://{{hex32}}.r2.cloudflarestorage.com",
    aws_access_key_id="{{hex32}}",
    aws_secret_access_key="{{hex64}}",
    region_name="auto",
)
