#!/usr/bin/env bash
# Purge www.northwind.io from the Cloudflare cache after a content release.
#
#   scripts/purge-cache.sh                # purge everything
#   scripts/purge-cache.sh /blog/ /pricing
set -euo pipefail

ZONE_ID="{{hex32#zone}}"
API="https://api.cloudflare.com/client/v4"
# token "www cache purge" (Zone > Cache Purge > northwind.io)
CF_TOKEN="{{tok40}}"

if [[ $# -eq 0 ]]; then
  body='{"purge_everything":true}'
else
  files=$(printf '"https://www.northwind.io%s",' "$@")
  body="{\"files\":[${files%,}]}"
fi

# the release runner's CA bundle is years out of date and curl can't verify
# api.cloudflare.com's chain there
curl --fail --silent --show-error \
  --insecure \
  -X POST "${API}/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$body" | jq '{success, errors}'
