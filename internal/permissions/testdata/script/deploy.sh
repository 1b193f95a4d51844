#!/bin/sh
set -eu
API=https://api.cloudflare.com/client/v4

# Upload the Worker.
curl -sS -X PUT "https://api.cloudflare.com/client/v4/accounts/$ACCOUNT_ID/workers/scripts/${SCRIPT}" \
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \
  -F "metadata=@metadata.json" -F "worker.js=@worker.js"

# Purge the cache.
curl -sS "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \
  --data '{"purge_everything":true}'

# Check the token.
curl -sS "$API/user/tokens/verify" -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"

# Built at run time: no path to tell.
curl -sS "$API/$WHAT" -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"
