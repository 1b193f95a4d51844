#!/usr/bin/env bash
# Create a remotely-managed tunnel through the API and print its token.
# usage: ./create-tunnel.sh <name>
set -euo pipefail

NAME="${1:?tunnel name}"
ACCOUNT_ID="{{hex32}}"
CF_API_TOKEN="{{cfat}}"   # account token "tunnel-admin" (Cloudflare Tunnel:Edit)

SECRET="$(openssl rand -base64 32)"

TUNNEL_ID=$(curl -sS "https://api.cloudflare.com/client/v4/accounts/${ACCOUNT_ID}/cfd_tunnel" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "{\"name\":\"${NAME}\",\"config_src\":\"cloudflare\",\"tunnel_secret\":\"${SECRET}\"}" \
  | jq -r '.result.id')

curl -sS "https://api.cloudflare.com/client/v4/accounts/${ACCOUNT_ID}/cfd_tunnel/${TUNNEL_ID}/token" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" | jq -r '.result'
