#!/usr/bin/env bash
# Weekly zone report: plan, status and SSL mode of every zone, plus the
# NetBox site each zone is mapped to. Runs on the ops jump host.
#
# Uses the HTTPie session in httpie/sessions/api.cloudflare.com/ for auth
# (copy it to ~/.config/httpie/sessions/api.cloudflare.com/ first).
#
# The jump host sits behind the inspection proxy, which re-signs TLS; the
# proxy CA is not in the host's trust store yet (NET-311), hence --verify=no.
set -euo pipefail

CF_API="https://api.cloudflare.com/client/v4"
NETBOX="https://netbox.lab.internal/api"
SESSION="legacy-owner"
OUT="${1:-zones-$(date +%F).tsv}"

cf() {
  http --verify=no --session="$SESSION" --check-status --ignore-stdin \
    GET "$CF_API$1" "${@:2}"
}

# NetBox uses a self-signed cert on the lab network
nb() {
  http --verify=no --check-status --ignore-stdin \
    GET "$NETBOX$1" "Authorization:Token ${NETBOX_TOKEN:?set NETBOX_TOKEN}"
}

printf 'zone\tplan\tstatus\tssl\tnetbox_site\n' > "$OUT"

page=1
while :; do
  resp=$(cf /zones per_page==50 page==$page)
  echo "$resp" | jq -c '.result[] | {id, name, plan: .plan.name, status}' |
  while read -r z; do
    id=$(jq -r .id <<<"$z")
    name=$(jq -r .name <<<"$z")
    ssl=$(cf "/zones/$id/settings/ssl" | jq -r .result.value)
    site=$(nb "/dcim/sites/?cf_zone=$name" | jq -r '.results[0].slug // "-"')
    jq -r --arg ssl "$ssl" --arg site "$site" \
      '[.name, .plan, .status, $ssl, $site] | @tsv' <<<"$z" >> "$OUT"
  done
  total=$(jq -r .result_info.total_pages <<<"$resp")
  (( page >= total )) && break
  page=$((page + 1))
done

echo "wrote $OUT ($(($(wc -l < "$OUT") - 1)) zones)"
