#!/usr/bin/env bash
# Smoke-test each origin directly (bypassing Cloudflare), then confirm the
# LB pool health as Cloudflare sees it.
#
# Origins use the internal CA, so the direct checks use -k. The Cloudflare
# API calls go over normal verified TLS.
set -euo pipefail

: "${CF_API_TOKEN:?set CF_API_TOKEN}"
: "${CF_ZONE_ID:?set CF_ZONE_ID}"
HOST="www.northwind-shop.com"
ORIGINS=(203.0.113.10 203.0.113.20)
CF_API="https://api.cloudflare.com/client/v4"

fail=0
for ip in "${ORIGINS[@]}"; do
  echo "==> origin ${ip}"
  # Direct to origin: self-signed cert, resolve the Host to the IP.
  code=$(curl -sk -o /dev/null -w '%{http_code}' \
    --resolve "${HOST}:443:${ip}" "https://${HOST}/healthz" || true)
  echo "    https /healthz -> ${code}"
  [[ "$code" == "200" ]] || fail=1

  # Legacy port 80 listener must still answer for the flexible-SSL host.
  code=$(curl -s -o /dev/null -w '%{http_code}' \
    -H "Host: legacy.northwind-shop.com" "http://${ip}/" || true)
  echo "    http  /        -> ${code}"
done

echo "==> load balancer pool health (Cloudflare API)"
pool_id=$(curl -sf "${CF_API}/zones/${CF_ZONE_ID}/load_balancers" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  | jq -r '.result[] | select(.name=="www.northwind-shop.com") | .default_pools[0]')

account_id=$(curl -sf "${CF_API}/zones/${CF_ZONE_ID}" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" | jq -r '.result.account.id')

curl -sf "${CF_API}/accounts/${account_id}/load_balancers/pools/${pool_id}/health" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  | jq '.result.pop_health | to_entries[] | {pop: .key, healthy: .value.healthy}'

echo "==> edge check"
curl -sI "http://${HOST}/" | head -n 3   # expect a 301 to https from Always Use HTTPS
curl -sI "https://${HOST}/" | head -n 1

exit "$fail"
