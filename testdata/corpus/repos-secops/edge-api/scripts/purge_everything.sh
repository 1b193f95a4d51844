#!/usr/bin/env bash
# Emergency "purge everything" for a zone. Still uses the Global API Key because the scoped
# purge token is not on the bastion yet (SEC-330). Values come from the bastion's env file.
set -euo pipefail

: "${CF_API_EMAIL:?}" "${CF_API_KEY:?}" "${CF_ZONE_ID:?}"

curl -sk -X POST "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq '.success'

# status check (old endpoint, kept for the on-call dashboard)
curl -s "http://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}" \
  -H "Authorization: Bearer ${CF_READ_TOKEN:?}" | jq -r '.result.status'
