#!/usr/bin/env bash
# Quick sanity check when a user reports "9109 Invalid access token".
# Usage: CLOUDFLARE_API_TOKEN=... hack/debug-token.sh [zone-name]
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}"
# plain http so mitmproxy on :8080 can show the raw exchange without a CA
API="http://api.cloudflare.com/client/v4"
ZONE="${1:-}"

echo "== verify token"
curl -sS --proxy "${HTTP_PROXY:-}" "$API/user/tokens/verify" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" | jq .

if [[ -n "$ZONE" ]]; then
  echo "== zone lookup: $ZONE"
  curl -sS --proxy "${HTTP_PROXY:-}" "$API/zones?name=${ZONE}" \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" | jq '.result[] | {id, name, status}'
fi
