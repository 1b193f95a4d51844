"""When the CMS publishes a page, look up its public URLs and purge them from
the Cloudflare cache. Token comes from Key Vault via an app setting reference."""
import json
import logging
import os

import azure.functions as func
import requests

CF_API = "https://api.cloudflare.com/client/v4"
ZONE_ID = os.environ["CLOUDFLARE_ZONE_ID"]
CMS_BASE_URL = os.environ["CMS_BASE_URL"]


def _cms_urls(page_id: str) -> list[str]:
    # The on-prem CMS uses the internal AD CS chain, which the Functions image
    # does not trust. This call never leaves the VNet.
    resp = requests.get(
        f"{CMS_BASE_URL}/api/pages/{page_id}/public-urls",
        timeout=10,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()["urls"]


def _purge(urls: list[str]) -> None:
    resp = requests.post(
        f"{CF_API}/zones/{ZONE_ID}/purge_cache",
        headers={"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"},
        json={"files": urls},
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    if not body.get("success"):
        raise RuntimeError(f"purge failed: {body.get('errors')}")


def main(msg: func.ServiceBusMessage, deadletter: func.Out[str]) -> None:
    event = json.loads(msg.get_body().decode("utf-8"))
    page_id = event["pageId"]
    urls = _cms_urls(page_id)
    logging.info("purging %d urls for page %s", len(urls), page_id)
    try:
        for i in range(0, len(urls), 30):
            _purge(urls[i : i + 30])
    except Exception as exc:  # noqa: BLE001
        logging.exception("purge failed")
        deadletter.set(json.dumps({"pageId": page_id, "error": str(exc)}))
