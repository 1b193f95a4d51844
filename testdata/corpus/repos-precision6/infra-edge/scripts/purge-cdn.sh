#!/usr/bin/env bash
# Purge everything on the static-assets zone after a frontend deploy.
# Called by Jenkins job "frontend-deploy" (post-build step). Old script from before API tokens existed.
set -euo pipefail

ZONE_ID="fff6c97f76c76232a8a1d8d125ef285f"
ZONE_NAME="static.example-retail.eu"

echo "Purging Cloudflare cache for ${ZONE_NAME}..."
curl -sS --fail -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: webops@example-retail.eu" \
  -H "X-Auth-Key: {{hex37}}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq -e '.success' >/dev/null

# Bunny video zone too
curl -sS --fail -X POST "https://api.bunny.net/pullzone/1789233/purgeCache" \
  -H "AccessKey: ${BUNNYCDN_API_KEY}" >/dev/null

echo "done."
