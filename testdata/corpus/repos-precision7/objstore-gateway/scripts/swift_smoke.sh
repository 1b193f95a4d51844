#!/usr/bin/env bash
# Smoke test both storage backends after a gateway deploy.
#   1. Swift (dc1 cluster, self-signed cert from the lab CA -> curl -k)
#   2. Cloudflare R2 via the gateway's own /healthz/r2 endpoint
set -euo pipefail

SWIFT_AUTH_URL="${SWIFT_AUTH_URL:-https://swift.dc1.example-shop.net/auth/v1.0}"
SWIFT_USER="${SWIFT_USER:-gateway:smoke}"
SWIFT_KEY="${SWIFT_KEY:-lNymrkPud0RtBxvYRloYX62d}"
GATEWAY="${GATEWAY:-https://objects.example-shop.com}"

echo "== swift auth (${SWIFT_AUTH_URL})"
hdrs=$(mktemp)
trap 'rm -f "$hdrs"' EXIT

curl -sk -D "$hdrs" -o /dev/null \
  -H "X-Auth-User: ${SWIFT_USER}" \
  -H "X-Auth-Key: ${SWIFT_KEY}" \
  "$SWIFT_AUTH_URL"

token=$(awk -F': ' 'tolower($1)=="x-auth-token"{print $2}' "$hdrs" | tr -d '\r')
storage=$(awk -F': ' 'tolower($1)=="x-storage-url"{print $2}' "$hdrs" | tr -d '\r')
[[ -n "$token" && -n "$storage" ]] || { echo "swift auth failed" >&2; exit 1; }

echo "== swift list containers"
curl -skf -H "X-Auth-Token: ${token}" "${storage}?format=json" | jq -r '.[].name' | head

echo "== swift put/get/delete"
obj="${storage}/smoke/$(date +%s).txt"
curl -skf -X PUT -H "X-Auth-Token: ${token}" --data-binary "smoke" "$obj" >/dev/null
curl -skf -H "X-Auth-Token: ${token}" "$obj" | grep -q smoke
curl -skf -X DELETE -H "X-Auth-Token: ${token}" "$obj" >/dev/null

echo "== r2 (Cloudflare) through gateway"
curl -sf "${GATEWAY}/healthz/r2" | jq .

echo "all good"
