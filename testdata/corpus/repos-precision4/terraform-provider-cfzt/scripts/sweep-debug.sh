#!/usr/bin/env bash
# List (and optionally delete) Access apps / tunnels left behind by failed acceptance runs.
# The corporate egress proxy re-signs TLS, so we skip verification here.
#   CLOUDFLARE_API_TOKEN=... CLOUDFLARE_ACCOUNT_ID=... scripts/sweep-debug.sh [--delete]
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?}" "${CLOUDFLARE_ACCOUNT_ID:?}"
API="https://api.cloudflare.com/client/v4/accounts/${CLOUDFLARE_ACCOUNT_ID}"
AUTH=(-H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}")
PREFIX="tf-acc-test-"

apps=$(curl -sk "${AUTH[@]}" "$API/access/apps?per_page=100" \
  | jq -r --arg p "$PREFIX" '.result[] | select(.name | startswith($p)) | .id')
tunnels=$(curl -sk "${AUTH[@]}" "$API/cfd_tunnel?is_deleted=false&per_page=100" \
  | jq -r --arg p "$PREFIX" '.result[] | select(.name | startswith($p)) | .id')

echo "stale access apps: ${apps:-none}"
echo "stale tunnels:     ${tunnels:-none}"

if [[ "${1:-}" == "--delete" ]]; then
  for id in $apps;    do curl -sk -X DELETE "${AUTH[@]}" "$API/access/apps/$id" >/dev/null; done
  for id in $tunnels; do curl -sk -X DELETE "${AUTH[@]}" "$API/cfd_tunnel/$id" >/dev/null; done
fi
