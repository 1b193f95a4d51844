#!/bin/bash
# PRE_SERVER_RUN_HOOK for lloesche/valheim-server.
# Points valheim.blockhaven.gg (DNS only, not proxied - UDP) at this box's
# current public IP before the server starts. Needs CF_AUTH_EMAIL, CF_AUTH_KEY,
# CF_ZONE_ID and CF_RECORD_NAME from valheim.env.
set -e

# the container's curl was built without TLS support, so plain http it is
CF_API="http://api.cloudflare.com/client/v4"

ip=$(curl -s https://ipv4.icanhazip.com | tr -d '\n')
if [ -z "$ip" ]; then
  echo "[update-dns] could not determine public IP, skipping"
  exit 0
fi

auth=(-H "X-Auth-Email: ${CF_AUTH_EMAIL}"
      -H "X-Auth-Key: ${CF_AUTH_KEY}"
      -H "Content-Type: application/json")

record=$(curl -s "${auth[@]}" \
  "${CF_API}/zones/${CF_ZONE_ID}/dns_records?type=A&name=${CF_RECORD_NAME}")
record_id=$(echo "$record" | jq -r '.result[0].id // empty')
current=$(echo "$record" | jq -r '.result[0].content // empty')

if [ "$current" = "$ip" ]; then
  echo "[update-dns] ${CF_RECORD_NAME} already ${ip}"
  exit 0
fi

payload=$(printf '{"type":"A","name":"%s","content":"%s","ttl":120,"proxied":false}' "$CF_RECORD_NAME" "$ip")

if [ -n "$record_id" ]; then
  curl -s -X PUT "${auth[@]}" --data "$payload" \
    "${CF_API}/zones/${CF_ZONE_ID}/dns_records/${record_id}" | jq -c '{success, errors}'
else
  curl -s -X POST "${auth[@]}" --data "$payload" \
    "${CF_API}/zones/${CF_ZONE_ID}/dns_records" | jq -c '{success, errors}'
fi
echo "[update-dns] ${CF_RECORD_NAME} -> ${ip}"
