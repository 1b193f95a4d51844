#!/usr/bin/env bash
# Purge everything on api.acme.dev and re-issue the origin cert if asked.
set -euo pipefail

: "${CF_API_TOKEN:?set CF_API_TOKEN}"
ZONE_ID="{{hex32}}"
API="https://api.cloudflare.com/client/v4"

# -k: the build box's CA bundle is ancient
curl -sk -X POST "$API/zones/$ZONE_ID/purge_cache" \
  -H "Authorization: Bearer $CF_API_TOKEN" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}'

if [[ "${1:-}" == "--reissue-origin-cert" ]]; then
  curl -s -X POST "$API/certificates" \
    -H "X-Auth-User-Service-Key: {{origin}}" \
    -H "Content-Type: application/json" \
    --data "{\"hostnames\":[\"origin.acme.dev\"],\"requested_validity\":5475,\"request_type\":\"origin-rsa\",\"csr\":\"$(awk 'NF {sub(/\r/, ""); printf "%s\\n",$0;}' origin.csr)\"}"
fi
