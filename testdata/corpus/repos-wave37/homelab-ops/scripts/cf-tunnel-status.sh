#!/usr/bin/env bash
# cf-tunnel-status.sh - print connector status of every tunnel in the account
# and the Pi-hole query stats, for the morning MOTD.
#
# Needs: CF_API_EMAIL, CF_API_KEY, CF_ACCOUNT_ID (sourced from ~/.config/homelab/cf.env)
#        PIHOLE_SID
set -euo pipefail

# shellcheck source=/dev/null
[[ -f "$HOME/.config/homelab/cf.env" ]] && source "$HOME/.config/homelab/cf.env"

: "${CF_API_EMAIL:?set CF_API_EMAIL}"
: "${CF_API_KEY:?set CF_API_KEY}"
: "${CF_ACCOUNT_ID:?set CF_ACCOUNT_ID}"

CF_API="https://api.cloudflare.com/client/v4"

cf_get() {
  curl -fsS \
    -H "X-Auth-Email: ${CF_API_EMAIL}" \
    -H "X-Auth-Key: ${CF_API_KEY}" \
    -H "Content-Type: application/json" \
    "${CF_API}$1"
}

echo "== Cloudflare tunnels =="
cf_get "/accounts/${CF_ACCOUNT_ID}/cfd_tunnel?is_deleted=false" \
  | jq -r '.result[] | "\(.name)\t\(.status)\t\(.connections | length) conns"' \
  | column -t

echo
echo "== Pi-hole (last 24h) =="
# Pi-hole v6 API on the LAN, self-signed cert -> -k is fine here
curl -fsSk "https://192.168.10.2/api/stats/summary?sid=${PIHOLE_SID:-}" \
  | jq -r '"queries: \(.queries.total)  blocked: \(.queries.blocked)  (\(.queries.percent_blocked | floor)%)"'

echo
echo "== Proxmox =="
curl -fsS --insecure \
  -H "Authorization: PVEAPIToken=${PVE_TOKEN_ID:-}=${PVE_TOKEN_SECRET:-}" \
  "https://192.168.10.5:8006/api2/json/nodes/pve/status" \
  | jq -r '.data | "uptime: \(.uptime / 3600 | floor)h  load: \(.loadavg | join(" "))"'
