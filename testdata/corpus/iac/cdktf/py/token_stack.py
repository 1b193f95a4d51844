import os
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider


def provider(stack):
    return CloudflareProvider(stack, "cloudflare", api_token=os.environ["CLOUDFLARE_API_TOKEN"])
