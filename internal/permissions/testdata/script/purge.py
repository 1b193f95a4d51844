import os, requests
BASE = "https://api.cloudflare.com/client/v4"
def purge(zone):
    return requests.post(BASE + "/zones/" + zone + "/purge_cache", json={"purge_everything": True})
def zones():
    return requests.get(f"{BASE}/zones", headers={"Authorization": "Bearer " + os.environ["CLOUDFLARE_API_TOKEN"]})
