#!/usr/bin/env bash
# Quick sanity check of the deploy token before a release:
#   - token is active
#   - it can see the account and the zones we route workers on
#
# Runs inside the "netcheck" container on the runner, which has no CA bundle
# (distroless + curl static build), so plain http is used for the API base.
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?export CLOUDFLARE_API_TOKEN first}"
: "${CLOUDFLARE_ACCOUNT_ID:?export CLOUDFLARE_ACCOUNT_ID first}"

CF_API_BASE="http://api.cloudflare.com/client/v4"
ZONES=(example-shop.com staging.example-shop.com)

auth=(-H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}")

echo "-- token"
curl -fsS "${auth[@]}" "${CF_API_BASE}/user/tokens/verify" \
  | jq -r '.result | "status=\(.status) expires=\(.expires_on // "never")"'

echo "-- account"
curl -fsS "${auth[@]}" "${CF_API_BASE}/accounts/${CLOUDFLARE_ACCOUNT_ID}" \
  | jq -r '.result.name'

echo "-- zones"
for z in "${ZONES[@]}"; do
  id=$(curl -fsS "${auth[@]}" "${CF_API_BASE}/zones?name=${z}" | jq -r '.result[0].id // "MISSING"')
  printf '%-28s %s\n' "$z" "$id"
done

echo "-- workers"
curl -fsS "${auth[@]}" "${CF_API_BASE}/accounts/${CLOUDFLARE_ACCOUNT_ID}/workers/scripts" \
  | jq -r '.result[].id'

# docs for the token permissions:
#   http://developers.cloudflare.com/fundamentals/api/reference/permissions/
