#!/usr/bin/env bash
# Keep home.lmtr.net pointed at the current WAN address.
# Runs every 5 minutes from cron on the OPNsense router:
#   */5 * * * * root /usr/local/bin/update-dns.sh >/var/log/update-dns.log 2>&1
#
# The router's CA bundle is years out of date and rejects the chain, hence -k
# on the Cloudflare calls. FIXME: install ca_root_nss and drop -k.
set -euo pipefail

# shellcheck source=/dev/null
[[ -f /usr/local/etc/update-dns.env ]] && . /usr/local/etc/update-dns.env

: "${CF_API_TOKEN:?CF_API_TOKEN not set}"
: "${CF_ZONE_ID:?CF_ZONE_ID not set}"
: "${CF_RECORD_ID:?CF_RECORD_ID not set}"
RECORD_NAME="${RECORD_NAME:-home.lmtr.net}"
API="https://api.cloudflare.com/client/v4"

# WAN address straight from the router's own API (self-signed cert on the LAN side).
wan_ip="$(curl -sk -u "${OPN_KEY}:${OPN_SECRET}" \
  "https://192.168.1.1/api/diagnostics/interface/getInterfaceConfig" \
  | jq -r '.igb0.ipv4[0].ipaddr')"

if [[ -z "${wan_ip}" || "${wan_ip}" == "null" ]]; then
  echo "$(date -Is) could not determine WAN address" >&2
  exit 1
fi

current="$(curl -sk "${API}/zones/${CF_ZONE_ID}/dns_records/${CF_RECORD_ID}" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  | jq -r '.result.content')"

if [[ "${current}" == "${wan_ip}" ]]; then
  exit 0
fi

echo "$(date -Is) ${RECORD_NAME}: ${current} -> ${wan_ip}"
curl -sk -X PATCH "${API}/zones/${CF_ZONE_ID}/dns_records/${CF_RECORD_ID}" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$(jq -n --arg ip "${wan_ip}" '{content: $ip, ttl: 120, proxied: false}')" \
  | jq -e '.success' >/dev/null
