#!/bin/sh
# QNAP QTS: /share/CACHEDEV1_DATA/.scripts/cf-ddns.sh
# started from /etc/config/crontab:  */10 * * * * /share/CACHEDEV1_DATA/.scripts/cf-ddns.sh
# (QTS busybox has no jq, hence the sed parsing)

CF_AUTH_EMAIL="admin@example.com"
CF_API_KEY="{{hex37}}"
ZONE_ID="{{hex32}}"
RECORD_NAME="qnap.example.com"
LOG=/share/CACHEDEV1_DATA/.scripts/cf-ddns.log

IP=$(curl -s https://checkip.amazonaws.com)

REC=$(curl -s "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records?type=A&name=$RECORD_NAME" \
  -H "X-Auth-Email: $CF_AUTH_EMAIL" -H "X-Auth-Key: $CF_API_KEY" -H "Content-Type: application/json")
REC_ID=$(echo "$REC" | sed -n 's/.*"id":"\([0-9a-f]\{32\}\)".*/\1/p' | head -n1)
OLD_IP=$(echo "$REC" | sed -n 's/.*"content":"\([0-9.]*\)".*/\1/p' | head -n1)

[ "$IP" = "$OLD_IP" ] && exit 0

curl -s -X PUT "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records/$REC_ID" \
  -H "X-Auth-Email: $CF_AUTH_EMAIL" -H "X-Auth-Key: $CF_API_KEY" -H "Content-Type: application/json" \
  --data "{\"type\":\"A\",\"name\":\"$RECORD_NAME\",\"content\":\"$IP\",\"ttl\":1,\"proxied\":false}" >> "$LOG"
echo "$(date) $RECORD_NAME $OLD_IP -> $IP" >> "$LOG"
