#!/usr/bin/env bash
# purge_all.sh — purge a list of URLs / surrogate keys on every CDN we front
# the marketing site with. Run from the release pipeline after a deploy, or by
# hand when someone ships a broken asset.
#
# usage: ./purge_all.sh [--dry-run] <surrogate-key> [url ...]
set -euo pipefail

DRY_RUN=0
if [[ "${1:-}" == "--dry-run" ]]; then DRY_RUN=1; shift; fi

SURROGATE_KEY="${1:?surrogate key required}"; shift
URLS=("$@")

# ---- Fastly --------------------------------------------------------------
FASTLY_SERVICE_ID="kpZLcnNfA1LFROED99mnGO"
FASTLY_API_KEY="Jj3FpP09sggZrMF9jtbcllN1IrquMelU"

# ---- Cloudflare ----------------------------------------------------------
# zone: www.example-shop.com (Cache Purge permission only)
CF_ZONE_ID="{{hex32}}"
CF_API_TOKEN="{{cfut}}"
CF_API="https://api.cloudflare.com/client/v4"

log() { printf '[purge %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

run() {
  if (( DRY_RUN )); then log "DRY: $*"; else "$@"; fi
}

purge_fastly() {
  log "fastly: purging surrogate key ${SURROGATE_KEY}"
  run curl -fsS -X POST \
    -H "Fastly-Key: ${FASTLY_API_KEY}" \
    -H "Fastly-Soft-Purge: 1" \
    "https://api.fastly.com/service/${FASTLY_SERVICE_ID}/purge/${SURROGATE_KEY}"
}

purge_cloudflare() {
  local body
  if (( ${#URLS[@]} )); then
    body=$(printf '%s\n' "${URLS[@]}" | jq -R . | jq -s '{files: .}')
  else
    body=$(jq -n --arg t "$SURROGATE_KEY" '{tags: [$t]}')
  fi
  log "cloudflare: purging zone ${CF_ZONE_ID}"
  run curl -fsS -X POST "${CF_API}/zones/${CF_ZONE_ID}/purge_cache" \
    -H "Authorization: Bearer ${CF_API_TOKEN}" \
    -H "Content-Type: application/json" \
    --data "$body"
}

purge_fastly
purge_cloudflare
log "done"
