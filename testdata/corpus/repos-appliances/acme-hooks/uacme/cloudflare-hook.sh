#!/bin/sh
# uacme hook for dns-01 via Cloudflare.
# Usage (called by uacme): cloudflare-hook.sh METHOD TYPE IDENT TOKEN AUTH
#   uacme -h /etc/uacme.d/cloudflare-hook.sh issue example.com '*.example.com'
# The appliance's busybox has no CA bundle, hence -k (TODO: ship ca-certificates).

METHOD=$1
TYPE=$2
IDENT=$3
AUTH=$5

CF_TOKEN=$(cat /etc/uacme.d/cf.token)
ZONE_ID=$(cat /etc/uacme.d/cf.zone)
API=https://api.cloudflare.com/client/v4

[ "$TYPE" = "dns-01" ] || exit 1

case "$METHOD" in
  begin)
    curl -k -sS -X POST "$API/zones/$ZONE_ID/dns_records" \
      -H "Authorization: Bearer $CF_TOKEN" -H "Content-Type: application/json" \
      --data "{\"type\":\"TXT\",\"name\":\"_acme-challenge.$IDENT\",\"content\":\"$AUTH\",\"ttl\":60}" \
      >/dev/null || exit 1
    sleep 30
    ;;
  done|failed)
    ids=$(curl --insecure -sS "$API/zones/$ZONE_ID/dns_records?type=TXT&name=_acme-challenge.$IDENT" \
      -H "Authorization: Bearer $CF_TOKEN" | jq -r '.result[].id')
    for id in $ids; do
      curl -k -sS -X DELETE "$API/zones/$ZONE_ID/dns_records/$id" -H "Authorization: Bearer $CF_TOKEN" >/dev/null
    done
    ;;
  *)
    exit 1
    ;;
esac
exit 0
