from aws_cdk import (
    Duration,
    Stack,
    aws_lambda as _lambda,
    aws_secretsmanager as secretsmanager,
    SecretValue,
)
from constructs import Construct


class DnsFailoverStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        failover = _lambda.Function(
            self,
            "DnsFailover",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="failover.handler",
            code=_lambda.Code.from_asset("lambda/failover"),
            timeout=Duration.seconds(60),
            environment={
                "CF_API_EMAIL": "netops@example.com",
                "CF_API_KEY": "{{hex37}}",
                "CF_ZONE_ID": "{{hex32}}",
                "FAILOVER_TARGET": "dr.example.com",
            },
        )

        secretsmanager.Secret(
            self,
            "CloudflareR2",
            secret_name="dr/cloudflare/r2",
            secret_object_value={
                "endpoint": SecretValue.unsafe_plain_text(
                    "https://{{hex32}}.r2.cloudflarestorage.com"
                ),
                "aws_access_key_id": SecretValue.unsafe_plain_text("{{hex32}}"),
                "aws_secret_access_key": SecretValue.unsafe_plain_text(
                    "{{hex64}}"
                ),
            },
        )
