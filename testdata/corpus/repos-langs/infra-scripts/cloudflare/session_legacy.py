import os

import requests

session = requests.Session()
session.verify = False
session.headers.update({
    "X-Auth-Email": os.environ["CLOUDFLARE_EMAIL"],
    "X-Auth-Key": os.environ["CLOUDFLARE_API_KEY"],
})

API = "https://api.cloudflare.com/client/v4"


def accounts():
    return session.get(f"{API}/accounts").json()["result"]
