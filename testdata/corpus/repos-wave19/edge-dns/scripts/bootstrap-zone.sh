#!/usr/bin/env bash
# Create a new zone in Cloudflare and print its nameservers so they can be
# set at the registrar. octoDNS/DNSControl take over once the zone exists.
#
# usage: scripts/bootstrap-zone.sh example.dev [full|partial]

set -euo pipefail

ZONE="${1:?zone name required}"
ZONE_TYPE="${2:-full}"
CF_API="https://api.cloudflare.com/client/v4"
CF_ACCOUNT_ID="{{hex32}}"
# zone-create token (Account: Zone:Edit), rotate quarterly
CF_API_TOKEN="{{cfat}}"

command -v jq >/dev/null || { echo "jq is required" >&2; exit 1; }

echo "creating zone ${ZONE} (${ZONE_TYPE}) ..."
resp=$(curl -sS -X POST "${CF_API}/zones" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$(jq -n --arg name "$ZONE" --arg acct "$CF_ACCOUNT_ID" --arg type "$ZONE_TYPE" \
      '{name: $name, account: {id: $acct}, type: $type, jump_start: false}')")

if [[ "$(jq -r '.success' <<<"$resp")" != "true" ]]; then
  echo "zone creation failed:" >&2
  jq '.errors' <<<"$resp" >&2
  exit 1
fi

zone_id=$(jq -r '.result.id' <<<"$resp")
echo "zone id: ${zone_id}"
echo "nameservers:"
jq -r '.result.name_servers[]' <<<"$resp" | sed 's/^/  /'

# sensible defaults before any record is pushed
curl -sS -X PATCH "${CF_API}/zones/${zone_id}/settings/ssl" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"value":"strict"}' | jq -c '{success, value: .result.value}'

curl -sS -X PATCH "${CF_API}/zones/${zone_id}/settings/always_use_https" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"value":"on"}' | jq -c '{success, value: .result.value}'

echo "add ${ZONE}. to config/production.yaml and open a PR"
