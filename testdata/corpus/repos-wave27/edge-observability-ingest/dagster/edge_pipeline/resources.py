"""Dagster resources for the edge pipeline. All secrets come from the deployment environment."""
from __future__ import annotations

import requests
from dagster import ConfigurableResource, EnvVar
from dagster_aws.s3 import S3Resource
from dagster_duckdb import DuckDBResource

R2_ACCOUNT_ID = "{{hex32}}"


class CloudflareApi(ConfigurableResource):
    """Thin client for the Cloudflare v4 REST and GraphQL APIs."""

    api_token: str
    base_url: str = "https://api.cloudflare.com/client/v4"

    def session(self) -> requests.Session:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {self.api_token}"
        return s

    def graphql(self, query: str, variables: dict) -> dict:
        r = self.session().post(f"{self.base_url}/graphql", json={"query": query, "variables": variables}, timeout=60)
        r.raise_for_status()
        return r.json()["data"]


RESOURCES = {
    "cloudflare": CloudflareApi(api_token=EnvVar("CLOUDFLARE_API_TOKEN")),
    "r2": S3Resource(
        endpoint_url=f"https://{R2_ACCOUNT_ID}.r2.cloudflarestorage.com",
        region_name="auto",
        aws_access_key_id=EnvVar("R2_ACCESS_KEY_ID"),
        aws_secret_access_key=EnvVar("R2_SECRET_ACCESS_KEY"),
    ),
    "duckdb": DuckDBResource(database="/data/edge.duckdb"),
}
