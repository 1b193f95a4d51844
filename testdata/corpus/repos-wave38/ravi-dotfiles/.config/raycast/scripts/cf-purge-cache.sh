#!/bin/bash

# Required parameters:
# @raycast.schemaVersion 1
# @raycast.title Purge Cloudflare Cache
# @raycast.mode compact

# Optional parameters:
# @raycast.icon ☁️
# @raycast.packageName Cloudflare
# @raycast.argument1 { "type": "text", "placeholder": "URL (empty = everything)", "optional": true }

# Documentation:
# @raycast.description Purge the example-shop.io zone cache (single URL or everything)
# @raycast.author ravi
# @raycast.authorURL https://github.com/ravi

# Raycast does not load the shell profile, so the token lives here.
CF_API_TOKEN="{{cfat}}"
ZONE_ID="{{hex32}}"

if [ -n "$1" ]; then
  payload=$(jq -nc --arg u "$1" '{files: [$u]}')
else
  payload='{"purge_everything":true}'
fi

resp=$(curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$payload")

if [ "$(echo "$resp" | jq -r .success)" = "true" ]; then
  echo "Purged ✓"
else
  echo "Purge failed: $(echo "$resp" | jq -r '.errors[0].message')"
  exit 1
fi
