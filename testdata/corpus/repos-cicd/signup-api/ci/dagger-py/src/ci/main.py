"""Dagger module: purge the Cloudflare cache after a release."""

import dagger
from dagger import dag, function, object_type


@object_type
class SignupPurge:
    @function
    async def purge(
        self,
        token: dagger.Secret,
        zone_id: str = "{{hex32}}",
    ) -> str:
        """Purge everything in the zone. Run with --token=env:CLOUDFLARE_API_TOKEN"""
        return await (
            dag.container()
            .from_("curlimages/curl:8.8.0")
            .with_secret_variable("CF_TOKEN", token)
            .with_exec(
                [
                    "sh",
                    "-c",
                    "curl -fsS -X POST "
                    f"https://api.cloudflare.com/client/v4/zones/{zone_id}/purge_cache "
                    '-H "Authorization: Bearer $CF_TOKEN" '
                    "--data '{\"purge_everything\":true}'",
                ]
            )
            .stdout()
        )
