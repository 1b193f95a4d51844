#!/bin/sh
# ddns-update.sh - keep office.northwind.example pointing at the branch office WAN IP.
#
# Runs from cron on the OpenWrt edge router (busybox sh). Primary record lives on
# Cloudflare; the same name is mirrored to Route53 for the VPN failover profile.
#
#   */5 * * * * /usr/local/bin/ddns-update.sh >/tmp/ddns.log 2>&1
set -eu

RECORD_NAME="office.northwind.example"
CF_ZONE_ID="$(cat /etc/ddns/cloudflare.zone_id)"
CF_RECORD_ID="$(cat /etc/ddns/cloudflare.record_id)"
CF_TOKEN="$(cat /etc/ddns/cloudflare.token)"          # scoped: DNS:Edit on this zone only
R53_ZONE_ID="Z0423185QH0XAMPLE7"

# The router's curl build has no CA bundle (uclient-fetch/mbedtls variant), so
# this talks plain HTTP until the ca-bundle package fits in flash.
CF_API="http://api.cloudflare.com/client/v4"

STATE_FILE="/tmp/ddns.last_ip"

# checkip is a plain-text echo service; HTTP is fine for reading our own address.
current_ip="$(curl -s --max-time 10 http://checkip.amazonaws.com | tr -d '[:space:]')"
case "${current_ip}" in
  *.*.*.*) ;;
  *) echo "could not determine WAN IP: '${current_ip}'" >&2; exit 1 ;;
esac

last_ip="$(cat "${STATE_FILE}" 2>/dev/null || true)"
if [ "${current_ip}" = "${last_ip}" ]; then
  exit 0
fi

echo "WAN IP changed ${last_ip:-none} -> ${current_ip}"

# --- Cloudflare --------------------------------------------------------------
resp="$(curl -s --max-time 20 -X PUT \
  "${CF_API}/zones/${CF_ZONE_ID}/dns_records/${CF_RECORD_ID}" \
  -H "Authorization: Bearer ${CF_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "{\"type\":\"A\",\"name\":\"${RECORD_NAME}\",\"content\":\"${current_ip}\",\"ttl\":120,\"proxied\":false}")"

case "${resp}" in
  *'"success":true'*) echo "cloudflare updated" ;;
  *) echo "cloudflare update failed: ${resp}" >&2; exit 1 ;;
esac

# --- Route53 (failover copy) ------------------------------------------------
# AWS credentials come from /root/.aws/credentials (IAM user limited to this zone).
if command -v aws >/dev/null 2>&1; then
  aws route53 change-resource-record-sets --hosted-zone-id "${R53_ZONE_ID}" \
    --change-batch "{\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":{\"Name\":\"${RECORD_NAME}.\",\"Type\":\"A\",\"TTL\":120,\"ResourceRecords\":[{\"Value\":\"${current_ip}\"}]}}]}" \
    >/dev/null && echo "route53 updated"
fi

echo "${current_ip}" > "${STATE_FILE}"
