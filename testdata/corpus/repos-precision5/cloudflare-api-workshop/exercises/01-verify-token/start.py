"""Exercise 01 - verify your API token.

Goal: call GET /user/tokens/verify and print whether the token is active.
Run with:  python exercises/01-verify-token/start.py
"""
import requests

API_BASE = "https://api.cloudflare.com/client/v4"

# TODO: put your token here (or better: read it from the environment, see the hint in README)
API_TOKEN = "TODO: put your token here"


def verify_token(token: str) -> dict:
    # TODO: send the token in the right header.
    #   Hint: it is NOT X-Auth-Key. Look at slide 14.
    headers = {}
    resp = requests.get(f"{API_BASE}/user/tokens/verify", headers=headers, timeout=10)
    return resp.json()


if __name__ == "__main__":
    result = verify_token(API_TOKEN)
    print(result)
