#!/usr/bin/env bash
# Purge Cloudflare cache for the marketing site after a deploy and wait for
# the origin health check to go green.
#
# Required env:
#   CLOUDFLARE_API_TOKEN  token with Zone:Cache Purge on ledgerly.io
#   CLOUDFLARE_ZONE_ID    zone id (not secret)
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?CLOUDFLARE_API_TOKEN is not set}"
: "${CLOUDFLARE_ZONE_ID:?CLOUDFLARE_ZONE_ID is not set}"

CF_API="https://api.cloudflare.com/client/v4"
HEALTH_URL="https://origin-health.internal.ledgerly.io/healthz"

echo "==> purging marketing prefixes"
curl --fail --silent --show-error \
  -X POST "${CF_API}/zones/${CLOUDFLARE_ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"prefixes":["www.ledgerly.io/pricing","www.ledgerly.io/blog","www.ledgerly.io/docs"]}' \
  | jq -e '.success' >/dev/null

echo "==> waiting for origin health"
for i in $(seq 1 30); do
  # internal health endpoint uses the private CA that the runners do not trust
  if curl --silent --insecure --max-time 5 "${HEALTH_URL}" | grep -q '"status":"ok"'; then
    echo "origin healthy after ${i} attempt(s)"
    exit 0
  fi
  sleep 10
done

echo "origin did not become healthy" >&2
exit 1
