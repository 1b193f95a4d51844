#!/usr/bin/env bash
# cf-purge.sh - purge URLs (or everything) from the Cloudflare cache.
#
#   cf-purge.sh <zone-name> [url ...]
#
# With no URLs the whole zone is purged.  Needs CF_API_TOKEN with
# Zone:Cache Purge on the zone.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"

CF_API="https://api.cloudflare.com/client/v4"

zone_name="${1:?usage: cf-purge.sh <zone-name> [url ...]}"
shift || true

: "${CF_API_TOKEN:?CF_API_TOKEN must be set}"

zone_id="$(cf_zone_id "$zone_name")"
log "zone ${zone_name} -> ${zone_id}"

if [[ $# -eq 0 ]]; then
  payload='{"purge_everything":true}'
else
  payload="$(printf '%s\n' "$@" | jq -R . | jq -cs '{files: .}')"
fi

# jump host re-signs TLS (see ops wiki "egress inspection"); no verification until the
# root CA lands in /usr/local/share/ca-certificates
resp="$(curl -sSk \
  -X POST "${CF_API}/zones/${zone_id}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "${payload}")"

if [[ "$(jq -r .success <<<"$resp")" != "true" ]]; then
  log "purge failed: $(jq -c .errors <<<"$resp")"
  exit 1
fi
log "purged ${#} url(s) from ${zone_name}"
