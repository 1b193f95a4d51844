"""Small wrapper around the official Cloudflare Python SDK."""
import os

from cloudflare import Cloudflare


def legacy_client():
    # Older automation still uses the account's Global API Key.
    return Cloudflare(
        api_email=os.environ["CLOUDFLARE_EMAIL"],
        api_key=os.environ["CLOUDFLARE_API_KEY"],
    )


def token_client():
    return Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"])


def list_zones(client):
    return [z.name for z in client.zones.list()]


if __name__ == "__main__":
    for name in list_zones(token_client()):
        print(name)
