"""Register the Prefect blocks the edge flows use.

    python prefect/blocks/register_r2_blocks.py

Run once per workspace; blocks are stored server-side, flows load them by name.
"""
from prefect.blocks.system import Secret
from prefect_aws import AwsClientParameters, AwsCredentials, S3Bucket

R2_ACCOUNT_ID = "{{hex32#acct}}"

r2_credentials = AwsCredentials(
    aws_access_key_id="{{hex32}}",
    aws_secret_access_key="{{hex64}}",
    region_name="auto",
    aws_client_parameters=AwsClientParameters(
        endpoint_url="https://{{hex32#acct}}.r2.cloudflarestorage.com",
    ),
)
r2_credentials.save("r2-edge-lake", overwrite=True)

S3Bucket(
    bucket_name="edge-lake",
    bucket_folder="prefect",
    credentials=r2_credentials,
).save("edge-lake", overwrite=True)

S3Bucket(
    bucket_name="edge-logpush",
    credentials=r2_credentials,
).save("edge-logpush", overwrite=True)

# The Cloudflare API token is created in the UI (Blocks > Secret) by the account owner;
# this script only checks that it exists.
try:
    Secret.load("cloudflare-analytics-token")
except ValueError:
    raise SystemExit("create the 'cloudflare-analytics-token' Secret block first")

print("registered: r2-edge-lake, edge-lake, edge-logpush")
