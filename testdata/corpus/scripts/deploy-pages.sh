#!/usr/bin/env bash
set -euo pipefail
export CLOUDFLARE_ACCOUNT_ID={{hex32}}
export CLOUDFLARE_API_TOKEN="{{cfut}}"
npm ci
npm run build
npx wrangler pages deploy ./dist --project-name docs --branch "${GITHUB_REF_NAME:-main}"
