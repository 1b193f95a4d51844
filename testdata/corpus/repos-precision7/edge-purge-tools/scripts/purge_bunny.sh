#!/usr/bin/env bash
# Purge the bunny.net pull zone that serves downloads.example-shop.com.
# (Bunny sits in front of the R2 bucket; Cloudflare handles the main site.)
set -euo pipefail

BUNNY_API="https://api.bunny.net"
BUNNY_PULLZONE_ID="1843207"
# account API key (Account settings -> API)
BUNNY_ACCESS_KEY="639bed67-fdbb-47ca-b972-ed4d7ce17a20bb0348e8-e2c7-4ba9-bd7a-777aca1bfb45"

if [[ $# -eq 0 ]]; then
  echo "purging entire pull zone ${BUNNY_PULLZONE_ID}" >&2
  curl -fsS -X POST "${BUNNY_API}/pullzone/${BUNNY_PULLZONE_ID}/purgeCache" \
    -H "AccessKey: ${BUNNY_ACCESS_KEY}" \
    -H "Content-Type: application/json"
  exit 0
fi

for url in "$@"; do
  enc=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$url")
  echo "purging ${url}" >&2
  curl -fsS -X POST "${BUNNY_API}/purge?url=${enc}&async=false" \
    -H "AccessKey: ${BUNNY_ACCESS_KEY}" \
    -H "Accept: application/json"
done
