#!/bin/bash
# Synology DSM > Control Panel > Task Scheduler > User-defined script
# Runs every 10 minutes as root. Updates the A record for nas.hollowpine.net.
#
# DSM's bundled curl has an outdated CA bundle on DS218+ (DSM 6.2), so the
# calls to the Cloudflare API skip certificate verification for now.
# (key pasted inline: DSM task scheduler has no secret store)

set -u

CF_API="https://api.cloudflare.com/client/v4"
CF_EMAIL="it@hollowpine.net"
ZONE_ID="{{hex32}}"
RECORD_NAME="nas.hollowpine.net"
LOG=/volume1/homes/admin/logs/cf-ddns.log

log() { echo "$(date '+%F %T') $*" >> "$LOG"; }

cf_api() {
  local method=$1 path=$2 body=${3:-}
  curl -s -k \
    -X "$method" "${CF_API}${path}" \
    -H "X-Auth-Email: ${CF_EMAIL}" \
    -H "X-Auth-Key: {{hex37}}" \
    -H "Content-Type: application/json" \
    ${body:+--data "$body"}
}

WAN_IP=$(curl -s https://ipv4.icanhazip.com | tr -d '[:space:]')
if [ -z "$WAN_IP" ]; then
  log "could not determine WAN IP"
  exit 1
fi

RECORD_JSON=$(cf_api GET "/zones/${ZONE_ID}/dns_records?type=A&name=${RECORD_NAME}")
RECORD_ID=$(echo "$RECORD_JSON" | sed -n 's/.*"id":"\([a-f0-9]\{32\}\)".*/\1/p' | head -n1)
CURRENT_IP=$(echo "$RECORD_JSON" | sed -n 's/.*"content":"\([0-9.]*\)".*/\1/p' | head -n1)

if [ "$CURRENT_IP" = "$WAN_IP" ]; then
  exit 0
fi

RESULT=$(cf_api PUT "/zones/${ZONE_ID}/dns_records/${RECORD_ID}" \
  "{\"type\":\"A\",\"name\":\"${RECORD_NAME}\",\"content\":\"${WAN_IP}\",\"ttl\":120,\"proxied\":false}")

if echo "$RESULT" | grep -q '"success":true'; then
  log "updated ${RECORD_NAME}: ${CURRENT_IP:-none} -> ${WAN_IP}"
else
  log "update failed: ${RESULT}"
  exit 2
fi
