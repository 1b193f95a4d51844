#!/usr/bin/env bash
# Push the JSON bodies in payloads/ to the Cloudflare API.
# Usage: CLOUDFLARE_API_TOKEN=... ZONE_ID=... ACCOUNT_ID=... ./scripts/apply-payloads.sh
#
# The payloads contain plenty of http:// URLs (redirect targets, a plain-HTTP
# log collector, CSP sources). Those are *data*; every request below goes to
# https://api.cloudflare.com.
set -euo pipefail

API="https://api.cloudflare.com/client/v4"
DIR="$(cd "$(dirname "$0")/../payloads" && pwd)"
: "${CLOUDFLARE_API_TOKEN:?missing}"
: "${ZONE_ID:?missing}"
: "${ACCOUNT_ID:?missing}"

cf() {
  local method="$1" path="$2" body="${3:-}"
  local args=(-sS --fail-with-body -X "$method" "${API}${path}"
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}"
    -H "Content-Type: application/json")
  [[ -n "$body" ]] && args+=(--data "@${body}")
  curl "${args[@]}" | jq -e '.success' >/dev/null
}

echo "monitor"
monitor_id=$(curl -sS --fail-with-body -X POST "${API}/accounts/${ACCOUNT_ID}/load_balancers/monitors" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "@${DIR}/lb_monitor_https.json" | jq -r '.result.id')

echo "pool (monitor ${monitor_id})"
tmp=$(mktemp)
jq --arg m "$monitor_id" '.monitor = $m' "${DIR}/lb_pool_eu.json" > "$tmp"
cf POST "/accounts/${ACCOUNT_ID}/load_balancers/pools" "$tmp"
rm -f "$tmp"

echo "dynamic redirects"
cf PUT "/zones/${ZONE_ID}/rulesets/phases/http_request_dynamic_redirect/entrypoint" "${DIR}/dynamic_redirects.json"

echo "page shield policy"
cf POST "/zones/${ZONE_ID}/page_shield/policies" "${DIR}/page_shield_policy.json"

echo "logpush ownership + job"
challenge=$(curl -sS --fail-with-body -X POST "${API}/zones/${ZONE_ID}/logpush/ownership" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"destination_conf":"http://logs-collector.example-retail.com:9880/cloudflare.http"}' \
  | jq -r '.result.filename')
echo "   challenge file written to collector: ${challenge}"
read -rp "   ownership token from collector: " owner_tok
tmp=$(mktemp)
jq --arg t "$owner_tok" '.ownership_challenge = $t' "${DIR}/logpush_http_job.json" > "$tmp"
cf POST "/zones/${ZONE_ID}/logpush/jobs" "$tmp"
rm -f "$tmp"

echo "custom hostname"
cf POST "/zones/${ZONE_ID}/custom_hostnames" "${DIR}/custom_hostname.json"

echo done
