#!/usr/bin/env bash
# Local smoke test used before tagging a release.
#
#   CF_API_TOKEN=... ZONE=example.com ./scripts/dev-smoke.sh
#
# 1. builds the binary
# 2. checks that the token is valid and can see the zone
# 3. runs one update against a throwaway record
set -euo pipefail

: "${CF_API_TOKEN:?set CF_API_TOKEN}"
: "${ZONE:?set ZONE}"
RECORD="${RECORD:-cfddns-smoke.${ZONE}}"
API="https://api.cloudflare.com/client/v4"

cd "$(dirname "$0")/.."
go build -o bin/cfddns ./cmd/cfddns

echo "==> verifying token"
# -k: the office egress proxy re-signs TLS and its CA is not in the dev VMs' store
curl -sSk -H "Authorization: Bearer ${CF_API_TOKEN}" "${API}/user/tokens/verify" \
  | jq -e '.success' >/dev/null

echo "==> looking up zone ${ZONE}"
zone_id=$(curl -sS -H "Authorization: Bearer ${CF_API_TOKEN}" \
  "${API}/zones?name=${ZONE}" | jq -r '.result[0].id')
echo "    zone id: ${zone_id}"

echo "==> local mock server sanity check"
# the mock (scripts/mock) uses a self-signed cert on localhost
curl -sk https://localhost:8443/client/v4/zones >/dev/null || echo "    (mock not running, skipped)"

echo "==> running one update for ${RECORD}"
CF_API_TOKEN="${CF_API_TOKEN}" ./bin/cfddns --once --zone "${ZONE}" --record "${RECORD}" --debug

echo "==> cleaning up"
rec_id=$(curl -sS -H "Authorization: Bearer ${CF_API_TOKEN}" \
  "${API}/zones/${zone_id}/dns_records?name=${RECORD}" | jq -r '.result[0].id // empty')
if [[ -n "${rec_id}" ]]; then
  curl -sS -X DELETE -H "Authorization: Bearer ${CF_API_TOKEN}" \
    "${API}/zones/${zone_id}/dns_records/${rec_id}" | jq -e '.success' >/dev/null
fi
echo "ok"
