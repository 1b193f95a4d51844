"""Exercise 01 - solution."""
import os
import sys

import requests
from dotenv import load_dotenv

API_BASE = "https://api.cloudflare.com/client/v4"


def verify_token(token: str) -> dict:
    headers = {"Authorization": f"Bearer {token}"}
    resp = requests.get(f"{API_BASE}/user/tokens/verify", headers=headers, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    load_dotenv()
    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if not token or token.startswith("TODO"):
        sys.exit("Set CLOUDFLARE_API_TOKEN in .env first (see .env.example)")
    result = verify_token(token)
    status = result["result"]["status"]
    print(f"token {result['result']['id']} is {status}")
