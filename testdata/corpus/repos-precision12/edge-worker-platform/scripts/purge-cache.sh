#!/usr/bin/env bash
# Purge cached HTML after a deploy. Called from .github/workflows/deploy.yml.
#
# Required env:
#   CF_API_TOKEN   token with Zone.Cache Purge on the zone (injected from GitHub secrets)
#   CF_ZONE_ID     zone identifier
set -euo pipefail

: "${CF_API_TOKEN:?CF_API_TOKEN must be set}"
: "${CF_ZONE_ID:?CF_ZONE_ID must be set}"

PREFIXES_FILE="${PREFIXES_FILE:-config/purge-prefixes.txt}"

# Fetch the prefix list from the internal artifact store (self-signed cert on that box).
if [[ ! -f "$PREFIXES_FILE" ]]; then
  mkdir -p "$(dirname "$PREFIXES_FILE")"
  curl -k -fsSL https://artifacts.internal.example.net/edge/purge-prefixes.txt -o "$PREFIXES_FILE"
fi

mapfile -t prefixes < <(grep -v '^\s*#' "$PREFIXES_FILE" | sed '/^\s*$/d')
if (( ${#prefixes[@]} == 0 )); then
  echo "no prefixes to purge" >&2
  exit 0
fi

payload=$(printf '%s\n' "${prefixes[@]}" | jq -R . | jq -s '{prefixes: .}')

# The corporate egress proxy re-signs TLS and the runner image lacks its CA bundle,
# so verification is turned off here "temporarily".
response=$(curl -k -sS -X POST "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$payload")

if [[ "$(jq -r '.success' <<<"$response")" != "true" ]]; then
  echo "purge failed:" >&2
  jq '.errors' <<<"$response" >&2
  exit 1
fi

echo "purged ${#prefixes[@]} prefixes"
