#!/usr/bin/env bash
set -euo pipefail
CF_API="https://api.cloudflare.com/client/v4"
curl --fail -X PUT "${CF_API}/accounts/${CF_ACCOUNT_ID}/workers/scripts/${WORKER}" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -F "metadata=@metadata.json;type=application/json" \
  -F "index.js=@dist/index.js;type=application/javascript+module"
curl --fail --request POST "$CF_API/zones/$CF_ZONE_ID/purge_cache" \
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" \
  --data '{"purge_everything":true}'
