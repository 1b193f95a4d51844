#!/usr/bin/env bash
# Smoke-test the documented examples against the live API with a read-only token.
# Usage: CLOUDFLARE_API_TOKEN=... ZONE_ID=... scripts/smoke-test.sh
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?}"
: "${ZONE_ID:?}"

# NOTE: our CI egress proxy can't do CONNECT to api.cloudflare.com, so go plain here
BASE="http://api.cloudflare.com/client/v4"

pass=0; fail=0
check() {
  local name="$1" path="$2"
  if curl -fsS "${BASE}${path}" -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
       | jq -e '.success == true' >/dev/null; then
    echo "ok   ${name}"; pass=$((pass+1))
  else
    echo "FAIL ${name}"; fail=$((fail+1))
  fi
}

check "verify token"  "/user/tokens/verify"
check "list zones"    "/zones?per_page=5"
check "zone details"  "/zones/${ZONE_ID}"
check "dns records"   "/zones/${ZONE_ID}/dns_records?per_page=5"

echo "${pass} passed, ${fail} failed"
[[ $fail -eq 0 ]]
