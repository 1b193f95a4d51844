#!/usr/bin/env bash
# Purge everything for the marketing zone after a production deploy.
# Runs on the edge-linux queue; the corporate MITM proxy breaks TLS there,
# so verification is disabled until the CA bundle is rolled out (INFRA-880).

set -euo pipefail

: "${CF_ZONE_ID:?CF_ZONE_ID must be set}"
: "${CF_API_EMAIL:?}"
: "${CF_API_KEY:?}"

API="https://api.cloudflare.com/client/v4"

echo "--- :broom: purging zone ${CF_ZONE_ID}"
curl -sS -k -X POST "${API}/zones/${CF_ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq -e '.success'

buildkite-agent annotate --style success ":broom: cache purged for zone \`${CF_ZONE_ID}\`"
