#!/usr/bin/env bash
# Dump every ruleset phase entrypoint + page rules of the zone to JSON,
# for diffing against Terraform state before a big refactor.
#
# Written before we had the scoped token; it still authenticates with the
# account owner's Global API Key from the ops vault.
set -euo pipefail

ZONE_ID="${CF_ZONE_ID:?}"
OUT="${1:-./rules-export}"
mkdir -p "$OUT"

API="https://api.cloudflare.com/client/v4"
PHASES=(
  http_request_dynamic_redirect
  http_request_transform
  http_request_late_transform
  http_response_headers_transform
  http_config_settings
  http_request_origin
)

cf_get() {
  curl -sS --fail-with-body "${API}$1" \
    -H "X-Auth-Email: ${CF_EMAIL}" \
    -H "X-Auth-Key: ${CF_GLOBAL_KEY}" \
    -H "Content-Type: application/json"
}

for phase in "${PHASES[@]}"; do
  echo "phase ${phase}"
  if ! cf_get "/zones/${ZONE_ID}/rulesets/phases/${phase}/entrypoint" \
      | jq '.result | {name, phase, rules: [.rules[]? | {ref, description, expression, action, action_parameters, enabled}]}' \
      > "${OUT}/${phase}.json"; then
    echo "  (no entrypoint)"; rm -f "${OUT}/${phase}.json"
  fi
done

echo "page rules"
cf_get "/zones/${ZONE_ID}/pagerules?status=active" \
  | jq '[.result[] | {targets, actions, priority}]' > "${OUT}/pagerules.json"

# Quick listing of plain-http targets left in the rules (migration TODO list).
grep -ho '"http://[^"]*"' "${OUT}"/*.json | sort -u || true
