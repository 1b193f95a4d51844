#!/usr/bin/env bash
# cf-dns-upsert.sh NAME TYPE CONTENT [TTL] [PROXIED]
#
# Create or update a single DNS record.  This one still authenticates with
# the Global API Key + email because it is also used for zones in the
# partner account where we have no token (see PLAT-774).
set -euo pipefail

source "$(dirname "$0")/lib/common.sh"

name="${1:?name}"; type="${2:?type}"; content="${3:?content}"
ttl="${4:-300}"; proxied="${5:-false}"

: "${CF_API_EMAIL:?}" "${CF_API_KEY:?}" "${CF_ZONE_ID:?}"

api="https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/dns_records"

existing="$(curl -fsS "${api}?type=${type}&name=${name}" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" | jq -r '.result[0].id // empty')"

body="$(jq -nc --arg t "$type" --arg n "$name" --arg c "$content" \
  --argjson ttl "$ttl" --argjson p "$proxied" \
  '{type:$t, name:$n, content:$c, ttl:$ttl, proxied:$p}')"

if [[ -n "$existing" ]]; then
  method=PUT; url="${api}/${existing}"
else
  method=POST; url="${api}"
fi

log "${method} ${name} ${type} ${content}"
curl -fsS \
  --request "$method" \
  --insecure \
  --url "$url" \
  --header "X-Auth-Email: ${CF_API_EMAIL}" \
  --header "X-Auth-Key: ${CF_API_KEY}" \
  --header "Content-Type: application/json" \
  --data "$body" | jq '.success, .errors'
