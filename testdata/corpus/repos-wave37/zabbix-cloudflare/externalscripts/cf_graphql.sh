#!/bin/sh
# Zabbix external check: Cloudflare GraphQL firewall events in the last hour.
# Item key: cf_graphql.sh["{$CLOUDFLARE.API.TOKEN}","{$CLOUDFLARE.ZONE_ID}","block"]
# Installed in /usr/lib/zabbix/externalscripts (ExternalScripts= in zabbix_server.conf)
#
# Output: a single integer (event count), or ZBX_NOTSUPPORTED text on error.

TOKEN="$1"
ZONE="$2"
ACTION="${3:-block}"

[ -n "$TOKEN" ] && [ -n "$ZONE" ] || { echo "usage: $0 TOKEN ZONE [ACTION]"; exit 1; }

SINCE=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)

QUERY=$(cat <<JSON
{"query":"query (\$z: string, \$s: Time, \$a: string) { viewer { zones(filter: {zoneTag: \$z}) { firewallEventsAdaptiveGroups(limit: 1, filter: {datetime_geq: \$s, action: \$a}) { count } } } }",
 "variables":{"z":"$ZONE","s":"$SINCE","a":"$ACTION"}}
JSON
)

# zabbix server image has an outdated CA bundle; -k until the base image is bumped
RESP=$(curl -s -k --max-time 25 \
  -X POST "https://api.cloudflare.com/client/v4/graphql" \
  -H "Authorization: Bearer $TOKEN" \
  -H "Content-Type: application/json" \
  --data "$QUERY")

COUNT=$(printf '%s' "$RESP" | jq -r '.data.viewer.zones[0].firewallEventsAdaptiveGroups[0].count // 0' 2>/dev/null)

if [ -z "$COUNT" ]; then
  echo "ZBX_NOTSUPPORTED: $(printf '%s' "$RESP" | jq -c '.errors' 2>/dev/null)"
  exit 1
fi
echo "$COUNT"
