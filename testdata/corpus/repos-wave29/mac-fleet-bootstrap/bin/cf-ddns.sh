#!/bin/bash
# cf-ddns.sh - keep noc-<host>.acme-corp.example on this Mac's public address.
# Started every 5 minutes by ~/Library/LaunchAgents/com.acme.cf-ddns.plist.
set -uo pipefail

ZONE_NAME="acme-corp.example"
RECORD_NAME="noc-$(scutil --get LocalHostName | tr '[:upper:]' '[:lower:]').${ZONE_NAME}"
STATE_DIR="$HOME/Library/Application Support/noc-ddns"
API="https://api.cloudflare.com/client/v4"

mkdir -p "$STATE_DIR"

# Token lives in the login keychain (setup/bootstrap.sh / setup/keychain-import.sh)
CF_API_TOKEN="$(security find-generic-password -a noc -s cloudflare-api-token -w 2>/dev/null)" || {
  echo "$(date -u +%FT%TZ) keychain item cloudflare-api-token not readable" >&2
  exit 1
}

cf() {
  curl -fsS --max-time 20 -H "Authorization: Bearer ${CF_API_TOKEN}" \
    -H "Content-Type: application/json" "$@"
}

ip="$(curl -fsS --max-time 10 https://api.ipify.org)" || exit 0
last="$(cat "$STATE_DIR/last_ip" 2>/dev/null || true)"
[ "$ip" = "$last" ] && exit 0

zone_id="$(cf "$API/zones?name=${ZONE_NAME}" | jq -r '.result[0].id')"
rec="$(cf "$API/zones/${zone_id}/dns_records?type=A&name=${RECORD_NAME}")"
rec_id="$(jq -r '.result[0].id // empty' <<<"$rec")"

payload="$(jq -nc --arg n "$RECORD_NAME" --arg c "$ip" '{type:"A",name:$n,content:$c,ttl:120,proxied:false}')"
if [ -n "$rec_id" ]; then
  cf -X PUT "$API/zones/${zone_id}/dns_records/${rec_id}" --data "$payload" >/dev/null
else
  cf -X POST "$API/zones/${zone_id}/dns_records" --data "$payload" >/dev/null
fi && {
  echo "$ip" > "$STATE_DIR/last_ip"
  echo "$(date -u +%FT%TZ) ${RECORD_NAME} -> ${ip}"
}
