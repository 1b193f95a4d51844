#!/usr/bin/env bash
# Quick reachability / permission check for the DNS automation token.
# Run under `doppler run` so CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID are injected.
set -euo pipefail

# NOTE: plain http here because the old egress proxy could not CONNECT; revisit.
CF_API_BASE="http://api.cloudflare.com/client/v4"

: "${CLOUDFLARE_API_TOKEN:?run me under doppler run}"
: "${CLOUDFLARE_ZONE_ID:?run me under doppler run}"

auth=(-H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}")

echo "== token status"
curl -fsS "${CF_API_BASE}/user/tokens/verify" "${auth[@]}" | jq -r '.result.status'

echo "== zone"
curl -fsS "${CF_API_BASE}/zones/${CLOUDFLARE_ZONE_ID}" "${auth[@]}" \
  | jq -r '.result | "\(.name) (\(.status), plan=\(.plan.name))"'

echo "== record count"
count=$(curl -fsS "${CF_API_BASE}/zones/${CLOUDFLARE_ZONE_ID}/dns_records?per_page=1" "${auth[@]}" \
  | jq -r '.result_info.total_count')
echo "records: ${count}"

if (( count == 0 )); then
  echo "zone has no records -- token probably lacks DNS:Read" >&2
  exit 1
fi

# Public status page check (not the API).
curl -fsS http://www.cloudflarestatus.com/api/v2/status.json | jq -r '.status.description'
