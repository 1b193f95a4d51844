#!/bin/bash

# Required parameters:
# @raycast.schemaVersion 1
# @raycast.title Purge Cloudflare Cache
# @raycast.mode compact

# Optional parameters:
# @raycast.icon ☁️
# @raycast.argument1 { "type": "text", "placeholder": "URL (empty = everything)", "optional": true }
# @raycast.packageName Cloudflare

# Documentation:
# @raycast.description Purge the Cloudflare cache for priyanair.dev
# @raycast.author priya

API_TOKEN="{{cfut}}"
ZONE_ID="{{hex32}}"

if [ -z "$1" ]; then
  DATA='{"purge_everything":true}'
else
  DATA="{\"files\":[\"$1\"]}"
fi

RESULT=$(curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \
  -H "Authorization: Bearer $API_TOKEN" \
  -H "Content-Type: application/json" \
  --data "$DATA" | jq -r '.success')

[ "$RESULT" = "true" ] && echo "Purged ✓" || { echo "Purge failed"; exit 1; }
