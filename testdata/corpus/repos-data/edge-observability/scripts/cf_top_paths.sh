#!/usr/bin/env bash
# Top 20 request paths over the last 24h for a zone, via the GraphQL Analytics API.
# usage: CF_API_EMAIL=... CF_API_KEY=... ./cf_top_paths.sh <zone-id>
set -euo pipefail

ZONE="${1:?zone id}"
SINCE="$(date -u -d '24 hours ago' +%Y-%m-%dT%H:%M:%SZ)"
UNTIL="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

read -r -d '' QUERY <<GQL || true
{ "query": "query { viewer { zones(filter: {zoneTag: \"${ZONE}\"}) { httpRequestsAdaptiveGroups(limit: 20, orderBy: [count_DESC], filter: {datetime_geq: \"${SINCE}\", datetime_lt: \"${UNTIL}\"}) { count dimensions { clientRequestPath } } } } }" }
GQL

curl -sS https://api.cloudflare.com/client/v4/graphql \
  -H "Content-Type: application/json" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" -H "X-Auth-Key: ${CF_API_KEY}" \
  --data "${QUERY}" \
  | jq -r '.data.viewer.zones[0].httpRequestsAdaptiveGroups[] | "\(.count)\t\(.dimensions.clientRequestPath)"'
