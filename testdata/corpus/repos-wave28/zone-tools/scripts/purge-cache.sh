#!/usr/bin/env bash
#
# purge-cache.sh — purge Cloudflare cache for one or more URLs (or everything).
#
# Usage:
#   ./purge-cache.sh example.com [url ...]
#   ./purge-cache.sh example.com --all
#
# Expects CF_EMAIL and CF_API_KEY in the environment (see README).
#
# Requires: curl, jq
set -euo pipefail

API="https://api.cloudflare.com/client/v4"
ZONE_NAME="${1:?usage: $0 <zone-name> [--all | url ...]}"
shift

: "${CF_EMAIL:?CF_EMAIL must be set}"
: "${CF_API_KEY:?CF_API_KEY must be set}"

log() { printf '[purge] %s\n' "$*" >&2; }

cf() {
  local method="$1" path="$2" body="${3:-}"
  curl -sS --fail-with-body -X "$method" "${API}${path}" \
    -H "X-Auth-Email: ${CF_EMAIL}" \
    -H "X-Auth-Key: ${CF_API_KEY}" \
    -H "Content-Type: application/json" \
    ${body:+--data "$body"}
}

zone_id=$(cf GET "/zones?name=${ZONE_NAME}&status=active" | jq -r '.result[0].id // empty')
if [[ -z "$zone_id" ]]; then
  log "zone ${ZONE_NAME} not found or not active"
  exit 1
fi
log "zone ${ZONE_NAME} -> ${zone_id}"

if [[ "${1:-}" == "--all" ]]; then
  payload='{"purge_everything":true}'
else
  if [[ $# -eq 0 ]]; then
    log "nothing to purge (pass URLs or --all)"
    exit 2
  fi
  payload=$(printf '%s\n' "$@" | jq -R . | jq -s '{files: .}')
fi

result=$(cf POST "/zones/${zone_id}/purge_cache" "$payload")
if [[ "$(jq -r '.success' <<<"$result")" != "true" ]]; then
  log "purge failed:"
  jq '.errors' <<<"$result" >&2
  exit 1
fi

log "purge accepted: $(jq -r '.result.id' <<<"$result")"
