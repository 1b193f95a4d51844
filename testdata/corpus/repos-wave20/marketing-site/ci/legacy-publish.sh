#!/usr/bin/env bash
# Publish the docs worker with wrangler 1.x from the old Jenkins agent.
# (GitHub Actions does the same via wrangler-action@1.3.0; this is the
# fallback when Actions is down.)
set -euo pipefail

cd "$(dirname "$0")/../docs-worker"

WRANGLER_VERSION=1.21.0
if ! command -v wrangler >/dev/null || ! wrangler --version | grep -q "$WRANGLER_VERSION"; then
  npm install --no-save "@cloudflare/wrangler@${WRANGLER_VERSION}"
  export PATH="$PWD/node_modules/.bin:$PATH"
fi

# wrangler 1 auth: Global API Key + account email
export CF_EMAIL="web-deploy@northwind.io"
export CF_API_KEY="{{hex37}}"
export CF_ACCOUNT_ID="{{hex32#acct}}"

npm ci
npm run build

ENVIRONMENT="${1:-production}"
echo "publishing docs worker to ${ENVIRONMENT}"
wrangler publish --env "$ENVIRONMENT"

# refresh KV redirects
wrangler kv:bulk put --binding REDIRECTS --env "$ENVIRONMENT" ./redirects.json
