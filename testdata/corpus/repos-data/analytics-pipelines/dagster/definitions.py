import os

import requests
from dagster import ConfigurableResource, Definitions, EnvVar, asset, define_asset_job, ScheduleDefinition


class CloudflareResource(ConfigurableResource):
    api_token: str
    account_id: str
    base_url: str = "https://api.cloudflare.com/client/v4"

    def get(self, path: str, **params):
        r = requests.get(f"{self.base_url}{path}", params=params,
                         headers={"Authorization": f"Bearer {self.api_token}"}, timeout=60)
        r.raise_for_status()
        return r.json()


@asset(group_name="cloudflare")
def cf_zones(cloudflare: CloudflareResource) -> list[dict]:
    return cloudflare.get("/zones", per_page=50, **{"account.id": cloudflare.account_id})["result"]


@asset(group_name="cloudflare")
def origin_ca_inventory(cf_zones: list[dict]) -> list[dict]:
    """Origin CA certs per zone; the certificates endpoint only accepts the Origin CA key."""
    headers = {"X-Auth-User-Service-Key": os.environ["CF_ORIGIN_CA_KEY"]}
    out = []
    for z in cf_zones:
        r = requests.get("https://api.cloudflare.com/client/v4/certificates", params={"zone_id": z["id"]}, headers=headers, timeout=60)
        out.extend({"zone": z["name"], **c} for c in r.json()["result"])
    return out


defs = Definitions(
    assets=[cf_zones, origin_ca_inventory],
    resources={
        "cloudflare": CloudflareResource(
            api_token=EnvVar("CLOUDFLARE_API_TOKEN"),
            account_id=EnvVar("CF_ACCOUNT_ID"),
        )
    },
    schedules=[ScheduleDefinition(job=define_asset_job("cf_daily", selection="*"), cron_schedule="0 4 * * *")],
)
