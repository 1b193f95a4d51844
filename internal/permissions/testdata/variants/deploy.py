import os, requests
API = "https://api.cloudflare.com/client/v4"
HEAD = {"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"}
ACCOUNT = os.environ["CF_ACCOUNT_ID"]

def upload(name, path):
    with open(path, "rb") as f:
        r = requests.put(
            f"{API}/accounts/{ACCOUNT}/workers/scripts/{name}",
            headers=HEAD,
            files={"worker.js": f},
        )
    r.raise_for_status()

def purge(zone):
    requests.post(API + "/zones/" + zone + "/purge_cache", headers=HEAD, json={"purge_everything": True}).raise_for_status()
