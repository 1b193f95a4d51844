#!/usr/bin/env bash
# Roll the DDNS API token and write the new value into the docker secret file.
# The secret is never echoed or logged; only the token id and expiry are printed.
#
#   CF_DDNS_TOKEN_ID is the token's *id* (e.g. {{hex32}}), not its value.
set -euo pipefail
umask 077

SECRETS_DIR="${SECRETS_DIR:-$(dirname "$0")/../secrets}"
ADMIN_TOKEN_FILE="${ADMIN_TOKEN_FILE:-$HOME/.config/cloudflare/token-admin}"
TOKEN_ID="${CF_DDNS_TOKEN_ID:?set CF_DDNS_TOKEN_ID (the token id, not the secret)}"
API="https://api.cloudflare.com/client/v4"

admin_token="$(<"$ADMIN_TOKEN_FILE")"

# make sure the admin token still works before touching anything
if ! curl -fsS -H "Authorization: Bearer ${admin_token}" "$API/user/tokens/verify" >/dev/null; then
  echo "admin token failed verification" >&2
  exit 1
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

# PUT /user/tokens/{id}/value rolls the secret and returns the new value once
curl -fsS -X PUT \
  -H "Authorization: Bearer ${admin_token}" \
  -H "Content-Type: application/json" \
  --data '{}' \
  "$API/user/tokens/${TOKEN_ID}/value" \
  | jq -er '.result' > "$tmp"

install -m 0400 "$tmp" "$SECRETS_DIR/cf_ddns_token.txt"

expires="$(curl -fsS -H "Authorization: Bearer ${admin_token}" "$API/user/tokens/${TOKEN_ID}" \
  | jq -r '.result.expires_on // "never"')"
echo "rolled token ${TOKEN_ID} (expires: ${expires}); restarting cloudflare-ddns"
docker compose restart cloudflare-ddns >/dev/null
