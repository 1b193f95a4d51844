#!/usr/bin/env bash
#
# dehydrated hook: DNS-01 challenges on Cloudflare for wiki.commonroots.example
# CF_EMAIL / CF_KEY are exported from /etc/dehydrated/config (root-only, not in git).
# TODO(#48): switch to a scoped token (Authorization: Bearer) -- see README.

set -euo pipefail

: "${CF_EMAIL:?CF_EMAIL must be set in /etc/dehydrated/config}"
: "${CF_KEY:?CF_KEY must be set in /etc/dehydrated/config}"

CF_API="https://api.cloudflare.com/client/v4"

cf() {
    local method=$1 path=$2
    shift 2
    curl -fsS -X "$method" "${CF_API}${path}" \
        -H "X-Auth-Email: ${CF_EMAIL}" \
        -H "X-Auth-Key: ${CF_KEY}" \
        -H "Content-Type: application/json" \
        "$@"
}

zone_id() {
    local domain=$1 zone
    zone=$(awk -F. '{print $(NF-1)"."$NF}' <<<"$domain")
    cf GET "/zones?name=${zone}" | jq -r '.result[0].id'
}

deploy_challenge() {
    local DOMAIN="$1" TOKEN_FILENAME="$2" TOKEN_VALUE="$3"
    local zid
    zid=$(zone_id "$DOMAIN")
    cf POST "/zones/${zid}/dns_records" \
        --data "{\"type\":\"TXT\",\"name\":\"_acme-challenge.${DOMAIN}\",\"content\":\"${TOKEN_VALUE}\",\"ttl\":120}" >/dev/null
    sleep 30
}

clean_challenge() {
    local DOMAIN="$1" TOKEN_FILENAME="$2" TOKEN_VALUE="$3"
    local zid rid
    zid=$(zone_id "$DOMAIN")
    rid=$(cf GET "/zones/${zid}/dns_records?type=TXT&name=_acme-challenge.${DOMAIN}&content=${TOKEN_VALUE}" | jq -r '.result[0].id')
    [[ -n "$rid" && "$rid" != "null" ]] && cf DELETE "/zones/${zid}/dns_records/${rid}" >/dev/null
}

deploy_cert() {
    systemctl reload nginx
}

HANDLER="${1:-}"
shift || true
if [[ "$HANDLER" =~ ^(deploy_challenge|clean_challenge|deploy_cert)$ ]]; then
    "$HANDLER" "$@"
fi
