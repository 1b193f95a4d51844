#!/bin/sh
# zilore-ddns.sh — the old secondary zone (example-legacy.de) is still hosted at
# Zilore, not Cloudflare. Keeps vpn.example-legacy.de pointed at the office line.
#
# Zilore API reference: https://zilore.com/en/help/api
set -eu

ZILORE_API="https://api.zilore.com/dns/v1"
ZILORE_KEY="${ZILORE_KEY:?export ZILORE_KEY first}"
DOMAIN="example-legacy.de"
RECORD="vpn.example-legacy.de"

ip=$(curl -fsS https://api.ipify.org)

zcurl() {
  curl -fsS \
    -H "X-Auth-Key: ${ZILORE_KEY}" \
    -H "Content-Type: application/x-www-form-urlencoded" \
    "$@"
}

records=$(zcurl "${ZILORE_API}/domains/${DOMAIN}/records?search_record_type=A&search_text=${RECORD}")
record_id=$(echo "$records" | jq -r '.response[0].record_id // empty')
current=$(echo "$records" | jq -r '.response[0].record_value // empty')

if [ "$current" = "$ip" ]; then
  exit 0
fi

if [ -n "$record_id" ]; then
  zcurl -X PUT "${ZILORE_API}/domains/${DOMAIN}/records/${record_id}" \
    --data "record_type=A&record_ttl=300&record_name=${RECORD}&record_value=${ip}"
else
  zcurl -X POST "${ZILORE_API}/domains/${DOMAIN}/records" \
    --data "record_type=A&record_ttl=300&record_name=${RECORD}&record_value=${ip}"
fi
echo "zilore: ${RECORD} -> ${ip}"
