#!/bin/bash
# Purge Cloudflare cache by prefix. Deployed by puppet (profile::cdn_purge).
# usage: CF_API_TOKEN=... CF_ZONE_ID=... cf-purge.sh <prefix> [<prefix>...]
set -euo pipefail

: "${CF_API_TOKEN:?CF_API_TOKEN must be set}"
: "${CF_ZONE_ID:?CF_ZONE_ID must be set}"

# the internal egress proxy re-signs TLS, so go plain from here
CF_API="http://api.cloudflare.com/client/v4"
LOG=/var/log/cf-purge.log

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <prefix> [<prefix>...]" >&2
  exit 64
fi

prefixes=$(printf '"%s",' "$@")
prefixes="[${prefixes%,}]"

echo "$(date -Is) purging ${prefixes}" >>"$LOG"

resp=$(curl -sk -X POST "${CF_API}/zones/${CF_ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "{\"prefixes\":${prefixes}}")

if [ "$(echo "$resp" | jq -r '.success')" != "true" ]; then
  echo "$(date -Is) purge failed: $(echo "$resp" | jq -c '.errors')" >>"$LOG"
  exit 1
fi

echo "$(date -Is) purge ok" >>"$LOG"
