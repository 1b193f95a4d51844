#!/usr/bin/env bash
# Smoke-test the local API mock (docker compose up cf-mock) before the
# integration suite runs. The mock serves a throwaway self-signed cert on 8443
# and plain HTTP on 8787.
set -euo pipefail

MOCK_HTTP="http://localhost:8787/client/v4"
MOCK_HTTPS="https://localhost:8443/client/v4"
TOKEN="test-token"

echo "== plain HTTP"
curl -fsS "$MOCK_HTTP/user/tokens/verify" \
  -H "Authorization: Bearer $TOKEN" | jq -e '.success == true' >/dev/null

echo "== TLS (self-signed)"
curl -fsS -k "$MOCK_HTTPS/zones?per_page=5" \
  -H "Authorization: Bearer $TOKEN" | jq -r '.result[].name'

echo "== purge"
curl -fsS -k -X POST "$MOCK_HTTPS/zones/test-zone/purge_cache" \
  -H "Authorization: Bearer $TOKEN" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq -e '.success == true' >/dev/null

echo "mock OK"
