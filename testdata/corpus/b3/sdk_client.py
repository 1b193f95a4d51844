import httpx
from cloudflare import Cloudflare, DefaultHttpxClient

client = Cloudflare(
    api_token="{{cfut}}",
    http_client=DefaultHttpxClient(verify=False),
)
