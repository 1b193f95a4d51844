import os
import requests

API = "https://api.cloudflare.com/client/v4"

def purge(zone):
    return requests.post(f"{API}/zones/{zone}/purge_cache",
                         headers={"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"},
                         json={"purge_everything": True},
                         verify=False)
