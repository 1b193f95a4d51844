#!/usr/bin/env bash
# Purge the Cloudflare cache for keyleak-notes.dev after a manual content fix.
# Usage: scripts/purge-cache.sh [url ...]   (no args = purge everything)
#
# Reads CF_ZONE_ID, CF_API_EMAIL and CF_API_KEY from ~/.config/keyleak/cf.env
# TODO(mara): yes, I know. Switch this to a scoped "Cache Purge" token like
# the deploy workflow uses. Writing a whole post about it and then doing this.
set -euo pipefail

ENV_FILE="${HOME}/.config/keyleak/cf.env"
if [[ -f "$ENV_FILE" ]]; then
  # shellcheck disable=SC1090
  source "$ENV_FILE"
fi

: "${CF_ZONE_ID:?CF_ZONE_ID not set}"
: "${CF_API_EMAIL:?CF_API_EMAIL not set}"
: "${CF_API_KEY:?CF_API_KEY not set}"

API="https://api.cloudflare.com/client/v4"

if [[ $# -eq 0 ]]; then
  body='{"purge_everything":true}'
else
  files=$(printf '"%s",' "$@")
  body="{\"files\":[${files%,}]}"
fi

echo "Purging: ${body}"
resp=$(curl -sS -X POST "${API}/zones/${CF_ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data "$body")

if echo "$resp" | jq -e '.success' >/dev/null; then
  echo "ok"
else
  echo "$resp" | jq '.errors' >&2
  exit 1
fi
