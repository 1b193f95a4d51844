#!/bin/sh
# Synology DSM 7 > Control Panel > Task Scheduler > Create > Scheduled Task > User-defined script
#   User: root   Schedule: every 10 minutes
#   Run command:  bash /volume1/homes/admin/scripts/cf-ddns.sh >> /volume1/homes/admin/scripts/cf-ddns.log 2>&1
#
# DSM's built-in DDNS has no Cloudflare provider, so this updates the record directly.
# The old wget on DSM 6 could not do TLS 1.2, that is why the URL below is plain http.

CF_TOKEN="{{tok40}}"
ZONE_ID="{{hex32}}"
RECORD_NAME="ds920.vandermeer.nl"
CF_API="http://api.cloudflare.com/client/v4"
CACHE=/tmp/cf-ddns.ip

ip=$(curl -s https://api.ipify.org)
case "$ip" in
    *.*.*.*) ;;
    *) echo "$(date) could not get public ip: $ip"; exit 1 ;;
esac

if [ -f "$CACHE" ] && [ "$(cat $CACHE)" = "$ip" ]; then
    exit 0
fi

auth="Authorization: Bearer ${CF_TOKEN}"

record=$(curl -s -H "$auth" \
    "${CF_API}/zones/${ZONE_ID}/dns_records?type=A&name=${RECORD_NAME}")
record_id=$(echo "$record" | sed -n 's/.*"id":"\([a-f0-9]\{32\}\)".*/\1/p' | head -n1)

if [ -z "$record_id" ]; then
    echo "$(date) creating ${RECORD_NAME} -> ${ip}"
    curl -s -X POST -H "$auth" -H "Content-Type: application/json" \
        --data "{\"type\":\"A\",\"name\":\"${RECORD_NAME}\",\"content\":\"${ip}\",\"ttl\":120,\"proxied\":false}" \
        "${CF_API}/zones/${ZONE_ID}/dns_records"
else
    echo "$(date) updating ${RECORD_NAME} (${record_id}) -> ${ip}"
    curl -s -X PUT -H "$auth" -H "Content-Type: application/json" \
        --data "{\"type\":\"A\",\"name\":\"${RECORD_NAME}\",\"content\":\"${ip}\",\"ttl\":120,\"proxied\":false}" \
        "${CF_API}/zones/${ZONE_ID}/dns_records/${record_id}"
fi

echo "$ip" > "$CACHE"

# DSM notification (synodsmnotify ships with DSM)
/usr/syno/bin/synodsmnotify -c SYNO.SDS.TaskScheduler.Application @administrators "Cloudflare DDNS" "${RECORD_NAME} is now ${ip}"
