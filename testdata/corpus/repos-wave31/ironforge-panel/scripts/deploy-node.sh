#!/usr/bin/env bash
# Deploys the panel Worker and registers a new game node's hostname.
#
#   scripts/deploy-node.sh staging  node-fra-07 203.0.113.17
#   scripts/deploy-node.sh production node-fra-07 203.0.113.17
set -euo pipefail

env_name="${1:?env}"
node="${2:?node name}"
ip="${3:?public ip}"

case "$env_name" in
  staging)
    # staging token (Workers Scripts:Edit + DNS:Edit on the staging zone)
    export CLOUDFLARE_API_TOKEN={{cfut}}
    npx wrangler deploy --env staging
    zone_id="$(jq -r '.staging.zone_id' ops/zones.json)"
    ;;
  production)
    CLOUDFLARE_API_TOKEN="$(op read 'op://ironforge-ops/cloudflare-deploy/credential')"
    export CLOUDFLARE_API_TOKEN
    npx wrangler deploy
    zone_id="$(jq -r '.production.zone_id' ops/zones.json)"
    ;;
  *)
    echo "unknown env: $env_name" >&2
    exit 64
    ;;
esac

# Register <node>.nodes.ironforge.example -> public IP (unproxied, game traffic)
curl -sS --fail-with-body \
  -X POST "https://api.cloudflare.com/client/v4/zones/${zone_id}/dns_records" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "$(jq -nc --arg n "$node.nodes" --arg ip "$ip" \
    '{type:"A", name:$n, content:$ip, ttl:300, proxied:false, comment:"game node"}')" \
  | jq '{success, id: .result.id}'
