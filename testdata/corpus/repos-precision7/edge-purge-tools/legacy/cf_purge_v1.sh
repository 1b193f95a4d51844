#!/bin/sh
# Legacy purge script from before the token migration (see CHANGELOG 2.0.0).
# Still used by the old Jenkins box for the docs.example-shop.com zone until
# that job is moved onto scripts/purge_all.sh.  DO NOT COPY THIS PATTERN.
#
#   sh legacy/cf_purge_v1.sh https://docs.example-shop.com/path/to/page

set -e

ZONE="{{hex32}}"
CF_EMAIL="webops@example-shop.com"
CF_API_KEY="{{hex37}}"

if [ $# -eq 0 ]; then
  echo "usage: $0 <url> [url...]" >&2
  exit 64
fi

files=""
for u in "$@"; do
  if [ -n "$files" ]; then files="$files,"; fi
  files="$files\"$u\""
done

curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache" \
     -H "X-Auth-Email: $CF_EMAIL" \
     -H "X-Auth-Key: $CF_API_KEY" \
     -H "Content-Type: application/json" \
     --data "{\"files\":[$files]}" | tee /tmp/cf_purge_v1.last.json

grep -q '"success":true' /tmp/cf_purge_v1.last.json || {
  echo "purge failed, see /tmp/cf_purge_v1.last.json" >&2
  exit 1
}
