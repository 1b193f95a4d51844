#!/usr/bin/env bash
# zones.sh — quick interactive look at zones and their plan/status using HTTPie.
#
#   (load CF_EMAIL / CF_API_KEY from `pass` first, see README)
#   ./zones.sh            # list zones
#   ./zones.sh example.com  # show settings for one zone
set -euo pipefail

BASE=https://api.cloudflare.com/client/v4

cf_http() {
  http --check-status --ignore-stdin --body "$@" \
    "X-Auth-Email:${CF_EMAIL}" \
    "X-Auth-Key:${CF_API_KEY}"
}

if [[ $# -eq 0 ]]; then
  cf_http GET "$BASE/zones" per_page==100 \
    | jq -r '.result[] | [.name, .status, .plan.name] | @tsv' \
    | column -t
  exit 0
fi

zone="$1"
id=$(cf_http GET "$BASE/zones" name=="$zone" | jq -r '.result[0].id')
echo "zone: $zone ($id)"
cf_http GET "$BASE/zones/$id/settings" \
  | jq -r '.result[] | select(.id | IN("ssl","min_tls_version","always_use_https","security_level")) | "\(.id)\t\(.value)"'
