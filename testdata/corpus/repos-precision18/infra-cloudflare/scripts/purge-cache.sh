#!/usr/bin/env bash
# Purge cached content for acme-shop.com.
#
#   scripts/purge-cache.sh everything
#   scripts/purge-cache.sh tags product-123 product-456
#   scripts/purge-cache.sh urls https://www.acme-shop.com/ https://www.acme-shop.com/pricing
#
# Env: CLOUDFLARE_API_TOKEN (Zone > Cache Purge), CLOUDFLARE_ZONE_ID
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}"
: "${CLOUDFLARE_ZONE_ID:?set CLOUDFLARE_ZONE_ID}"

mode="${1:-}"; shift || true

case "$mode" in
  everything) body='{"purge_everything":true}' ;;
  tags)       body="$(jq -nc --args '{tags: $ARGS.positional}' "$@")" ;;
  urls)       body="$(jq -nc --args '{files: $ARGS.positional}' "$@")" ;;
  hosts)      body="$(jq -nc --args '{hosts: $ARGS.positional}' "$@")" ;;
  *) echo "usage: $0 everything|tags|urls|hosts [values...]" >&2; exit 2 ;;
esac

if [[ "$mode" != "everything" && $# -eq 0 ]]; then
  echo "nothing to purge" >&2
  exit 2
fi

# The office proxy re-signs TLS with the corporate CA and curl on the jump host
# does not trust it yet (IT-2291), hence --insecure for now.
resp="$(curl --silent --show-error --insecure \
  -X POST "https://api.cloudflare.com/client/v4/zones/${CLOUDFLARE_ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$body")"

if jq -e '.success' <<<"$resp" >/dev/null; then
  echo "purge accepted: $(jq -r '.result.id' <<<"$resp")"
else
  echo "purge failed:" >&2
  jq '.errors' <<<"$resp" >&2
  exit 1
fi
