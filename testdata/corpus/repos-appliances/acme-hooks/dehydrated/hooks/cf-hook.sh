#!/usr/bin/env bash
# dehydrated hook: dns-01 via Cloudflare (email + Global API Key from ../config)
set -euo pipefail

CF_API="http://api.cloudflare.com/client/v4"

cf_curl() {
  curl -sS -H "X-Auth-Email: ${CF_EMAIL}" -H "X-Auth-Key: ${CF_KEY}" -H "Content-Type: application/json" "$@"
}

zone_id() {
  local domain="$1" zone
  while [[ "$domain" == *.* ]]; do
    zone=$(cf_curl "${CF_API}/zones?name=${domain}&status=active" | jq -r '.result[0].id // empty')
    [[ -n "$zone" ]] && { echo "$zone"; return; }
    domain="${domain#*.}"
  done
  return 1
}

deploy_challenge() {
  local DOMAIN="${1}" TOKEN_VALUE="${3}" ZID
  ZID=$(zone_id "$DOMAIN")
  cf_curl -X POST "${CF_API}/zones/${ZID}/dns_records" \
    --data "{\"type\":\"TXT\",\"name\":\"_acme-challenge.${DOMAIN}\",\"content\":\"${TOKEN_VALUE}\",\"ttl\":120}" >/dev/null
  sleep 20
}

clean_challenge() {
  local DOMAIN="${1}" ZID RID
  ZID=$(zone_id "$DOMAIN")
  for RID in $(cf_curl "${CF_API}/zones/${ZID}/dns_records?type=TXT&name=_acme-challenge.${DOMAIN}" | jq -r '.result[].id'); do
    cf_curl -X DELETE "${CF_API}/zones/${ZID}/dns_records/${RID}" >/dev/null
  done
}

HANDLER="$1"; shift
if [[ "${HANDLER}" =~ ^(deploy_challenge|clean_challenge)$ ]]; then
  "$HANDLER" "$@"
fi
