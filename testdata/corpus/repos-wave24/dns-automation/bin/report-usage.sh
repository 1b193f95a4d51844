#!/usr/bin/env bash
# report-usage.sh - daily Cloudflare traffic numbers -> Grafana annotation +
# internal metrics gateway.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

: "${CF_ACCOUNT_ID:?}" "${GRAFANA_TOKEN:?}"
GRAFANA_URL="${GRAFANA_URL:-https://grafana.ops.example.internal}"
METRICS_GW="${METRICS_GW:-https://metrics-gw.ops.example.internal:9443}"

load_cf_token
yesterday="$(date -u -d yesterday +%F)"
today="$(date -u +%F)"

query=$(jq -nc --arg acct "$CF_ACCOUNT_ID" --arg s "$yesterday" --arg e "$today" '{
  query: "query($acct:String!,$s:Date!,$e:Date!){viewer{accounts(filter:{accountTag:$acct}){httpRequests1dGroups(limit:1,filter:{date_geq:$s,date_lt:$e}){sum{requests bytes}}}}}",
  variables: {acct: $acct, s: $s, e: $e}
}')

# Cloudflare GraphQL Analytics API - default certificate verification.
stats="$(curl -fsS https://api.cloudflare.com/client/v4/graphql \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$query" | jq -c '.data.viewer.accounts[0].httpRequests1dGroups[0].sum')"

requests=$(jq -r .requests <<<"$stats")
bytes=$(jq -r .bytes <<<"$stats")

# Internal services use the ops CA, which the report runner does not carry.
curl -fsS --insecure -X POST "${GRAFANA_URL}/api/annotations" \
  -H "Authorization: Bearer ${GRAFANA_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$(jq -nc --arg t "cf ${yesterday}: ${requests} req, ${bytes} B" \
            '{tags:["cloudflare","daily"], text:$t}')"

curl -fsS -k "${METRICS_GW}/metrics/job/cloudflare_daily" --data-binary @- <<EOM
cloudflare_requests_total ${requests}
cloudflare_bytes_total ${bytes}
EOM
log "reported ${yesterday}"
