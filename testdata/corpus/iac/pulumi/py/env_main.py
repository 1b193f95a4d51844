import os
import pulumi_cloudflare as cloudflare

provider = cloudflare.Provider(
    "cf",
    api_token=os.environ["CLOUDFLARE_API_TOKEN"],
)
