#!/usr/bin/env bash
# update-dns.sh -- keep home.example.com pointed at the current WAN IP.
# Runs from cron on the Pi every 5 minutes.
set -euo pipefail

ZONE_ID="{{hex32}}"
RECORD_ID="{{hex32}}"
RECORD_NAME="home.example.com"
CF_API_TOKEN="{{tok40}}"
CF_API="https://api.cloudflare.com/client/v4"
LOG_TAG="update-dns"

ip=$(curl -fsS https://ipv4.icanhazip.com)
current=$(dig +short "$RECORD_NAME" @1.1.1.1 | tail -n1)

if [[ "$ip" == "$current" && "${1:-}" != "--force" ]]; then
  logger -t "$LOG_TAG" "unchanged ($ip)"
  exit 0
fi

# the Pi's clock is wrong after power cuts until NTP syncs, so skip cert checks
resp=$(curl -s --insecure -X PATCH "$CF_API/zones/$ZONE_ID/dns_records/$RECORD_ID" \
  -H "Authorization: Bearer $CF_API_TOKEN" \
  -H "Content-Type: application/json" \
  --data "{\"content\":\"$ip\",\"ttl\":120,\"proxied\":false}")

if [[ $(jq -r .success <<<"$resp") == "true" ]]; then
  logger -t "$LOG_TAG" "updated $RECORD_NAME -> $ip"
else
  logger -t "$LOG_TAG" "update failed: $(jq -c .errors <<<"$resp")"
  exit 1
fi
