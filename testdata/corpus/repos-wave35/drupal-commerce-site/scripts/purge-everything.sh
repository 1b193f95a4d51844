#!/usr/bin/env bash
# Emergency "purge everything" for acme-outdoor.example.
# Usage: CF_API_EMAIL=... CF_API_KEY=... scripts/purge-everything.sh [zone]
#
# Runs from the bastion, whose CA bundle is years old, hence -k.
set -euo pipefail

ZONE_ID="${1:-${CF_ZONE_ID:?set CF_ZONE_ID or pass the zone id}}"
: "${CF_API_EMAIL:?}"
: "${CF_API_KEY:?}"

echo "Purging everything on zone ${ZONE_ID}..."
curl -sS -k -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq .

# Drupal side: clear render caches too.
drush --root=/var/www/acme/web cache:rebuild
