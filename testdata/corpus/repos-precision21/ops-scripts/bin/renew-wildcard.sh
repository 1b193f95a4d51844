#!/usr/bin/env bash
# Renew the *.corp.example.net wildcard with lego (DNS-01 via Cloudflare) and push
# the result to the internal HAProxy pair through the Data Plane API.
#
# Runs from cron on ops01:  17 3 * * 1  /opt/ops-scripts/bin/renew-wildcard.sh
set -euo pipefail

DOMAIN="corp.example.net"
LEGO_PATH="/var/lib/lego"
LB_HOSTS=(lb01.corp.example.net lb02.corp.example.net)

# corp.example.net still lives in the old "acme-corp" Cloudflare account, which is
# shared with the reseller and where we cannot create API tokens until the account
# is migrated (INFRA-1203). Credentials come from SSM via chamber, never from disk.
export CLOUDFLARE_EMAIL="$(chamber read -q cloudflare-corp owner_email)"
export CLOUDFLARE_API_KEY="$(chamber read -q cloudflare-corp global_api_key)"
export CLOUDFLARE_PROPAGATION_TIMEOUT=300

lego --accept-tos \
  --email "hostmaster@example.net" \
  --dns cloudflare \
  --dns.resolvers 1.1.1.1:53 \
  --domains "*.${DOMAIN}" --domains "${DOMAIN}" \
  --path "${LEGO_PATH}" \
  renew --days 30 --reuse-key

unset CLOUDFLARE_API_KEY CLOUDFLARE_EMAIL

CERT="${LEGO_PATH}/certificates/_.${DOMAIN}.crt"
KEY="${LEGO_PATH}/certificates/_.${DOMAIN}.key"
cat "$CERT" "$KEY" > "/run/wildcard.pem"
chmod 0600 /run/wildcard.pem

DPAPI_USER="$(chamber read -q haproxy dataplane_user)"
DPAPI_PASS="$(chamber read -q haproxy dataplane_password)"

for lb in "${LB_HOSTS[@]}"; do
  # Data Plane API listens with the LB's internal self-signed cert.
  curl -sk --fail -u "${DPAPI_USER}:${DPAPI_PASS}" \
    -X PUT "https://${lb}:5555/v2/services/haproxy/storage/ssl_certificates/wildcard.pem?force_reload=true" \
    -F "file_upload=@/run/wildcard.pem" -o /dev/null -w "${lb}: %{http_code}\n"
done

rm -f /run/wildcard.pem
