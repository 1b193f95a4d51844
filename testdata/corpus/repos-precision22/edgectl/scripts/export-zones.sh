#!/usr/bin/env bash
# export-zones.sh - nightly BIND export of every zone we host, for the DR bucket.
#
# Sources:
#   Cloudflare   (primary for most zones)    CLOUDFLARE_API_TOKEN, Zone:DNS:Read
#   Hetzner DNS  (secondary)                 HETZNER_DNS_TOKEN
#   PowerDNS     (internal secondary)        PDNS_API_KEY
#
# Run from the backup runner: ./scripts/export-zones.sh /srv/dr/zones
set -euo pipefail

OUT_DIR="${1:-./zone-export}"
: "${CLOUDFLARE_API_TOKEN:?set a read-only Cloudflare token (Zone:DNS:Read)}"
: "${HETZNER_DNS_TOKEN:?set HETZNER_DNS_TOKEN}"
: "${PDNS_API_KEY:?set PDNS_API_KEY}"

CF_API="https://api.cloudflare.com/client/v4"
HETZNER_API="https://dns.hetzner.com/api/v1"
PDNS_API="https://pdns-api.int.northwind.net:8081/api/v1/servers/localhost"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${OUT_DIR}/${STAMP}"/{cloudflare,hetzner,powerdns}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- Cloudflare ------------------------------------------------------------
# The backup runner sits behind the inspection proxy, which re-signs TLS with a
# CA that is not in the runner image yet (OPS-1412). -k until that lands.
log "listing Cloudflare zones"
cf_zones="$(curl -sSk --fail \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  "${CF_API}/zones?per_page=50&status=active" | jq -r '.result[] | "\(.id) \(.name)"')"

while read -r zone_id zone_name; do
  [ -n "${zone_id}" ] || continue
  log "exporting ${zone_name} from Cloudflare"
  curl -sSk --fail \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
    "${CF_API}/zones/${zone_id}/dns_records/export" \
    > "${OUT_DIR}/${STAMP}/cloudflare/${zone_name}.zone"
done <<< "${cf_zones}"

# --- Hetzner DNS -----------------------------------------------------------
log "listing Hetzner zones"
hz_zones="$(curl -sS --fail -H "Auth-API-Token: ${HETZNER_DNS_TOKEN}" \
  "${HETZNER_API}/zones?per_page=100" | jq -r '.zones[] | "\(.id) \(.name)"')"

while read -r zone_id zone_name; do
  [ -n "${zone_id}" ] || continue
  log "exporting ${zone_name} from Hetzner"
  curl -sS --fail -H "Auth-API-Token: ${HETZNER_DNS_TOKEN}" \
    "${HETZNER_API}/zones/${zone_id}/export" \
    > "${OUT_DIR}/${STAMP}/hetzner/${zone_name}.zone"
done <<< "${hz_zones}"

# --- PowerDNS (internal, self-signed) --------------------------------------
log "listing PowerDNS zones"
for zone in $(curl -sSk --fail -H "X-API-Key: ${PDNS_API_KEY}" "${PDNS_API}/zones" | jq -r '.[].name'); do
  log "exporting ${zone} from PowerDNS"
  curl -sSk --fail -H "X-API-Key: ${PDNS_API_KEY}" \
    "${PDNS_API}/zones/${zone}/export" \
    > "${OUT_DIR}/${STAMP}/powerdns/${zone%.}.zone"
done

find "${OUT_DIR}/${STAMP}" -type f -empty -delete
log "done: $(find "${OUT_DIR}/${STAMP}" -type f | wc -l) zone files in ${OUT_DIR}/${STAMP}"
