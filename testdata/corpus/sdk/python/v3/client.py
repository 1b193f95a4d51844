import os
from cloudflare import Cloudflare

client = Cloudflare(
    api_email="ops@example.com",
    api_key="{{hex37}}",
)

scoped = Cloudflare(api_token=os.environ.get("CLOUDFLARE_API_TOKEN"))
