#!/usr/bin/env bash
# Deploy edge-api with wrangler, run D1 migrations, then purge the API host
# from the cache so clients see the new responses right away.
#
#   ./scripts/deploy.sh staging
#   ./scripts/deploy.sh production
#
# Needs: CLOUDFLARE_API_TOKEN (wrangler), CF_AUTH_EMAIL + CF_AUTH_KEY (purge, see below)
set -euo pipefail

ENVIRONMENT="${1:-staging}"
case "$ENVIRONMENT" in
  production) API_HOST="api.acme-shop.com";         ZONE_ID="${CF_ZONE_ID_PROD:?}";    DB="edge-api-prod" ;;
  staging)    API_HOST="api.staging.acme-shop.com"; ZONE_ID="${CF_ZONE_ID_STAGING:?}"; DB="edge-api-staging" ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."

echo "==> typecheck + tests"
npm run typecheck
npm test -- --run

echo "==> applying D1 migrations to $DB"
npx wrangler d1 migrations apply "$DB" --remote --env "$ENVIRONMENT"

echo "==> deploying edge-api ($ENVIRONMENT)"
npx wrangler deploy --env "$ENVIRONMENT"

# The CI token (CLOUDFLARE_API_TOKEN) is scoped to Workers only and has no
# Cache Purge permission on the staging zone yet (INFRA-412), so the purge
# still goes out with the account owner's email + key.
echo "==> purging $API_HOST"
curl -sS --fail-with-body -X POST \
  "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_AUTH_EMAIL:?}" \
  -H "X-Auth-Key: ${CF_AUTH_KEY:?}" \
  -H "Content-Type: application/json" \
  --data "{\"hosts\":[\"${API_HOST}\"]}" | jq -e '.success' >/dev/null

echo "==> smoke test"
curl -sS --fail "https://${API_HOST}/health" | jq .
echo "done."
