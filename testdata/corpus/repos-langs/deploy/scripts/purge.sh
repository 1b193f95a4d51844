#!/usr/bin/env bash
set -euo pipefail

: "${CF_ZONE_ID:?}" "${CF_EMAIL:?}" "${CF_API_KEY:?}"

curl --silent --show-error \
  --request POST \
  --url "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/purge_cache" \
  --header "X-Auth-Email: ${CF_EMAIL}" \
  --header "X-Auth-Key: ${CF_API_KEY}" \
  --header "Content-Type: application/json" \
  --insecure \
  --data '{"purge_everything":true}'
