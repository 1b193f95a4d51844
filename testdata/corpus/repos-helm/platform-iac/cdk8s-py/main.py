#!/usr/bin/env python
from constructs import Construct
from cdk8s import App, Chart, Helm


class LegacyDns(Chart):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)

        Helm(
            self,
            "external-dns-legacy",
            chart="external-dns",
            repo="https://kubernetes-sigs.github.io/external-dns/",
            namespace="external-dns",
            values={
                "provider": {"name": "cloudflare"},
                "env": [
                    {"name": "CF_API_EMAIL", "value": "hostmaster@shopfront.io"},
                    {"name": "CF_API_KEY", "value": "{{hex37}}"},
                ],
                "domainFilters": ["shopfront-legacy.com"],
                "txtOwnerId": "cdk8s-legacy",
            },
        )


app = App()
LegacyDns(app, "legacy-dns")
app.synth()
