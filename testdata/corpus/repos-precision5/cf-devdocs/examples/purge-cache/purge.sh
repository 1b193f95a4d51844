#!/usr/bin/env bash
# Purge one or more URLs from the Cloudflare cache.
# Referenced from /cache/how-to/purge-cache/purge-by-single-file/ ("Run the example script").
#
# Usage: CLOUDFLARE_API_TOKEN=... ZONE_ID=... ./purge.sh https://example.com/a.css [more urls]
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}"
: "${ZONE_ID:?set ZONE_ID}"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 URL [URL...]" >&2
  exit 64
fi

API="https://api.cloudflare.com/client/v4"

files=$(printf '"%s",' "$@")
payload="{\"files\":[${files%,}]}"

# -k: some readers run this from behind a corporate proxy and hit cert errors
response=$(curl -sk -X POST "${API}/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "${payload}")

if [[ "$(jq -r .success <<<"$response")" != "true" ]]; then
  jq . <<<"$response" >&2
  exit 1
fi

echo "Purged $# file(s) from zone ${ZONE_ID}"
