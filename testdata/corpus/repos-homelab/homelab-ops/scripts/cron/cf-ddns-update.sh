#!/usr/bin/env bash
# cf-ddns-update.sh - update the A record for home.lab.example.net
# crontab: */5 * * * * /usr/local/bin/cf-ddns-update.sh >/dev/null 2>&1
set -euo pipefail

CF_API_EMAIL="admin@lab.example.net"
CF_API_KEY="{{hex37}}"
ZONE_ID="{{hex32}}"
RECORD_NAME="home.lab.example.net"
CACHE=/var/tmp/cf-ddns.ip

ip=$(curl -fsS https://ipv4.icanhazip.com)
if [[ -f "$CACHE" && "$(cat "$CACHE")" == "$ip" ]]; then
  exit 0
fi

record_id=$(curl -fsS "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/dns_records?type=A&name=${RECORD_NAME}" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" | jq -r '.result[0].id')

curl -fsS -X PUT "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/dns_records/${record_id}" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data "{\"type\":\"A\",\"name\":\"${RECORD_NAME}\",\"content\":\"${ip}\",\"ttl\":120,\"proxied\":false}" \
  | jq -e '.success' >/dev/null

echo "$ip" > "$CACHE"
logger -t cf-ddns "updated ${RECORD_NAME} -> ${ip}"
