#!/usr/bin/env bash
# Purge everything from the Cloudflare cache. Needs CF_EMAIL, CF_API_KEY, CF_ZONE_ID.
set -euo pipefail

: "${CF_ZONE_ID:?set CF_ZONE_ID}"

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq -e .success
