#!/usr/bin/env bash
# Deploy the gateway Worker from a developer laptop or the build VM.
#
# Usage: scripts/deploy.sh [staging|production]
set -euo pipefail

ENVIRONMENT="${1:-staging}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${CLOUDFLARE_API_TOKEN:-}" ]]; then
  echo "CLOUDFLARE_API_TOKEN is not set (export it or run 'wrangler login')" >&2
  exit 1
fi
export CLOUDFLARE_ACCOUNT_ID="${CLOUDFLARE_ACCOUNT_ID:-{{hex32#acct}}}"

# The build VM sits behind the Zscaler proxy which re-signs TLS with its own CA;
# node doesn't trust it, so wrangler's calls to the API fail with
# UNABLE_TO_GET_ISSUER_CERT_LOCALLY.
export NODE_TLS_REJECT_UNAUTHORIZED=0

echo "==> typecheck"
npx tsc --noEmit

echo "==> tests"
npx vitest run --reporter=dot

case "$ENVIRONMENT" in
  staging)
    npx wrangler deploy -c wrangler.staging.jsonc
    ;;
  production)
    read -r -p "Deploy to PRODUCTION? [y/N] " answer
    [[ "$answer" == "y" ]] || exit 1
    npx wrangler deploy --env production
    ;;
  *)
    echo "unknown environment: $ENVIRONMENT" >&2
    exit 2
    ;;
esac

echo "==> tail for 30s"
timeout 30 npx wrangler tail --env "$ENVIRONMENT" --format pretty || true
