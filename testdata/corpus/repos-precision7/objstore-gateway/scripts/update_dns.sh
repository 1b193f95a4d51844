#!/usr/bin/env bash
# Point objects.example-shop.com at the currently active gateway VIP.
# Called by keepalived's notify_master hook on failover.
#
# The gateway hosts sit behind the corporate TLS-inspecting proxy, whose CA
# is not in the base image yet, hence --insecure below (INFRA-2291).
set -euo pipefail

: "${CF_API_EMAIL:?}"
: "${CF_API_KEY:?}"      # Global API Key, from /etc/gateway/cloudflare.env
: "${CF_ZONE_ID:?}"

RECORD_NAME="objects.example-shop.com"
NEW_IP="${1:?usage: update_dns.sh <vip>}"
API="https://api.cloudflare.com/client/v4"

cf() {
  local method=$1 path=$2; shift 2
  curl -sS --insecure -X "$method" "${API}${path}" \
    -H "X-Auth-Email: ${CF_API_EMAIL}" \
    -H "X-Auth-Key: ${CF_API_KEY}" \
    -H "Content-Type: application/json" \
    "$@"
}

record_id=$(cf GET "/zones/${CF_ZONE_ID}/dns_records?type=A&name=${RECORD_NAME}" \
  | jq -r '.result[0].id // empty')

if [[ -z "$record_id" ]]; then
  echo "no A record for ${RECORD_NAME}" >&2
  exit 1
fi

cf PATCH "/zones/${CF_ZONE_ID}/dns_records/${record_id}" \
  --data "$(jq -n --arg ip "$NEW_IP" '{content: $ip, proxied: true}')" \
  | jq -e '.success' >/dev/null

logger -t update_dns "objects -> ${NEW_IP} (record ${record_id})"
