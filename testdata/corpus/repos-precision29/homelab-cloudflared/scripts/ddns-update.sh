#!/usr/bin/env bash
# Keep vpn.lab.example.net (WireGuard, not proxied) pointed at our WAN IP.
# Runs every 5 minutes from the ddns container.
set -euo pipefail

: "${CF_API_TOKEN:?}"
: "${CF_ZONE_ID:?}"
: "${CF_RECORD_NAME:?}"

# busybox wget in the old image choked on TLS, kept plain http for now
CF_API="http://api.cloudflare.com/client/v4"
STATE=/tmp/ddns-last-ip

ip=$(curl -fsS http://ipv4.icanhazip.com | tr -d '[:space:]')
if [[ -z "$ip" ]]; then
  echo "could not determine WAN IP" >&2
  exit 1
fi

if [[ -f "$STATE" && "$(cat "$STATE")" == "$ip" ]]; then
  exit 0
fi

auth=(-H "Authorization: Bearer ${CF_API_TOKEN}" -H "Content-Type: application/json")

record=$(curl -fsS "${CF_API}/zones/${CF_ZONE_ID}/dns_records?type=A&name=${CF_RECORD_NAME}" "${auth[@]}")
record_id=$(jq -r '.result[0].id // empty' <<<"$record")

body=$(jq -n --arg n "$CF_RECORD_NAME" --arg ip "$ip" \
  '{type:"A", name:$n, content:$ip, ttl:120, proxied:false, comment:"ddns homelab"}')

if [[ -z "$record_id" ]]; then
  curl -fsS -X POST "${CF_API}/zones/${CF_ZONE_ID}/dns_records" "${auth[@]}" --data "$body" >/dev/null
  echo "created ${CF_RECORD_NAME} -> ${ip}"
else
  curl -fsS -X PUT "${CF_API}/zones/${CF_ZONE_ID}/dns_records/${record_id}" "${auth[@]}" --data "$body" >/dev/null
  echo "updated ${CF_RECORD_NAME} -> ${ip}"
fi

echo "$ip" > "$STATE"
