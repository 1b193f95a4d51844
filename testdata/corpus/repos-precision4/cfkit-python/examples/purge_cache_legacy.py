#!/usr/bin/env python3
"""Purge a handful of URLs from the cache (Global API Key variant).

Kept for users on old automation that still authenticates with the
Global API Key. New code should use examples/purge_cache.py (API token).
"""
import sys

from cfkit import Cloudflare

ZONE_ID = "{{hex32}}"

cf = Cloudflare(
    api_email="webops@northwind-media.com",
    api_key="{{hex37}}",
)

urls = sys.argv[1:] or [
    "https://www.northwind-media.com/",
    "https://www.northwind-media.com/assets/app.css",
]

result = cf.cache.purge(zone_id=ZONE_ID, files=urls)
print(f"purge id: {result.id}")
