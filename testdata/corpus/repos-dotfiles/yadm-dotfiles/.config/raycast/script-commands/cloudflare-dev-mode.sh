#!/bin/bash

# @raycast.schemaVersion 1
# @raycast.title Cloudflare Dev Mode
# @raycast.mode compact
# @raycast.argument1 { "type": "dropdown", "placeholder": "state", "data": [{"title": "on", "value": "on"}, {"title": "off", "value": "off"}] }
# @raycast.packageName Cloudflare

# token lives in 1Password: op item "Cloudflare - Raycast"
API_TOKEN="$(op read 'op://Personal/Cloudflare - Raycast/credential')"
ZONE_ID="{{hex32}}"

curl -s -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/development_mode" \
  -H "Authorization: Bearer $API_TOKEN" \
  -H "Content-Type: application/json" \
  --data "{\"value\":\"$1\"}" | jq -r '.result.value'
