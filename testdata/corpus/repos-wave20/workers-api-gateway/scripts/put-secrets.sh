#!/usr/bin/env bash
# Push Worker secrets from 1Password into Cloudflare.
# Nothing secret is stored in this repo: values are read with `op read`
# and piped straight into `wrangler secret put`.
#
# Usage: scripts/put-secrets.sh production
set -euo pipefail

ENVIRONMENT="${1:?usage: put-secrets.sh <staging|production>}"
VAULT="Platform"
ITEM="api-gateway-${ENVIRONMENT}"

if [[ "$ENVIRONMENT" == "staging" ]]; then
  CONFIG=(-c wrangler.staging.jsonc)
else
  CONFIG=(--env "$ENVIRONMENT")
fi

put() {
  local name="$1" field="$2"
  echo "-> $name"
  op read "op://${VAULT}/${ITEM}/${field}" | npx wrangler secret put "$name" "${CONFIG[@]}"
}

put CLOUDFLARE_API_TOKEN   purge-token
put TURNSTILE_SECRET_KEY   turnstile-secret
put R2_ACCESS_KEY_ID       r2-access-key-id
put R2_SECRET_ACCESS_KEY   r2-secret-access-key
put JWT_SIGNING_KEY        jwt-signing-key

# bulk alternative, e.g. when rotating everything at once:
#   op inject -i secrets.json.tpl | npx wrangler secret bulk "${CONFIG[@]}"

npx wrangler secret list "${CONFIG[@]}"
