#!/usr/bin/env bash
# Reads the allocations of every Pterodactyl server tagged "public" and points
# <name>.blockhaven.gg's SRV record at the node that hosts it.
#
# env: PTERO_URL, PTERO_APP_KEY (application API key), CF_API_TOKEN, CF_ZONE_ID
set -euo pipefail

: "${PTERO_URL:=https://10.0.20.5}"
: "${CF_ZONE_ID:?}"
: "${CF_API_TOKEN:?}"
DOMAIN=blockhaven.gg
CF="https://api.cloudflare.com/client/v4"

ptero() {
  # panel has a self-signed cert on the LAN
  curl -sk -H "Authorization: Bearer ${PTERO_APP_KEY}" -H "Accept: Application/vnd.pterodactyl.v1+json" \
    "${PTERO_URL}/api/application/$1"
}

cf() {
  local method=$1 path=$2 data=${3:-}
  curl -sS -k -X "$method" "${CF}${path}" \
    -H "Authorization: Bearer ${CF_API_TOKEN}" \
    -H "Content-Type: application/json" \
    ${data:+--data "$data"}
}

servers=$(ptero "servers?include=allocations&per_page=100" \
  | jq -c '.data[].attributes | select(.description | test("public")) | {name: .identifier, node: .node, port: .relationships.allocations.data[0].attributes.port}')

while read -r s; do
  [ -z "$s" ] && continue
  name=$(jq -r .name <<<"$s")
  port=$(jq -r .port <<<"$s")
  node=$(jq -r .node <<<"$s")
  target="node${node}.${DOMAIN}"
  fqdn="_minecraft._tcp.${name}.${DOMAIN}"

  rid=$(cf GET "/zones/${CF_ZONE_ID}/dns_records?type=SRV&name=${fqdn}" | jq -r '.result[0].id // empty')
  body=$(jq -nc --arg n "$fqdn" --arg t "$target" --argjson p "$port" \
    '{type:"SRV",name:$n,ttl:300,data:{priority:0,weight:5,port:$p,target:$t}}')

  if [ -n "$rid" ]; then
    cf PUT "/zones/${CF_ZONE_ID}/dns_records/${rid}" "$body" | jq -r '"updated \(.result.name)"'
  else
    cf POST "/zones/${CF_ZONE_ID}/dns_records" "$body" | jq -r '"created \(.result.name)"'
  fi
done <<<"$servers"
