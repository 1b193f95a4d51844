"""S3 -> Cloudflare cache purge."""
import logging
import os
from urllib.parse import quote

from cloudflare import Cloudflare

logger = logging.getLogger()
logger.setLevel(logging.INFO)

ZONE_ID = os.environ["CLOUDFLARE_ZONE_ID"]
ASSET_HOST = os.environ.get("ASSET_HOST", "https://assets.example.com")

# Global API Key + email for now; the purge token request is still open (PLAT-412)
client = Cloudflare(
    api_email=os.environ.get("CLOUDFLARE_EMAIL"),
    api_key=os.environ.get("CLOUDFLARE_API_KEY"),
    max_retries=3,
)


def _urls_from_event(event):
    for record in event.get("Records", []):
        key = record["s3"]["object"]["key"]
        yield f"{ASSET_HOST}/{quote(key)}"


def _chunks(items, size=30):
    # the purge endpoint accepts at most 30 files per call on our plan
    for i in range(0, len(items), size):
        yield items[i : i + size]


def handler(event, context):
    urls = list(_urls_from_event(event))
    if not urls:
        return {"purged": 0}
    for batch in _chunks(urls):
        client.cache.purge(zone_id=ZONE_ID, files=batch)
        logger.info("purged %d urls", len(batch))
    return {"purged": len(urls)}


def purge_everything(event, context):
    if event.get("headers", {}).get("x-purge-secret") != os.environ.get("PURGE_SHARED_SECRET"):
        return {"statusCode": 403, "body": "forbidden"}
    client.cache.purge(zone_id=ZONE_ID, purge_everything=True)
    return {"statusCode": 202, "body": "purge queued"}
