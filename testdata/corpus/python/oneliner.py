import os, requests
print(requests.get("https://api.cloudflare.com/client/v4/user", headers={"X-Auth-Email": os.environ["CF_EMAIL"], "X-Auth-Key": os.environ["CF_KEY"]}).json())
