#!/usr/bin/env bash
# End-to-end check against the sandbox zone. Creates a TXT record with zonesync,
# verifies it through the raw API, then deletes it.
#
# zonesync itself uses CLOUDFLARE_API_TOKEN; the raw API checks below still use the
# sandbox owner's Global API Key (CLOUDFLARE_EMAIL / CLOUDFLARE_API_KEY from the CI secret store).
set -euo pipefail

CF_API="https://api.cloudflare.com/client/v4"
ZONE="${E2E_ZONE:-sandbox-example.net}"
NAME="e2e-$(date +%s).${ZONE}"

: "${CLOUDFLARE_EMAIL:?}"
: "${CLOUDFLARE_API_KEY:?}"

cf() {
  local method="$1" path="$2"; shift 2
  curl -fsS -X "$method" "${CF_API}${path}" \
    -H "X-Auth-Email: ${CLOUDFLARE_EMAIL}" \
    -H "X-Auth-Key: ${CLOUDFLARE_API_KEY}" \
    -H "Content-Type: application/json" \
    "$@"
}

zone_id=$(cf GET "/zones?name=${ZONE}" | jq -r '.result[0].id')
[[ -n "$zone_id" && "$zone_id" != "null" ]] || { echo "zone ${ZONE} not found" >&2; exit 1; }

cat > /tmp/e2e-zone.yaml <<YAML
zone: ${ZONE}
records:
  - name: ${NAME}
    type: TXT
    content: "zonesync-e2e"
    ttl: 60
YAML

go run ./cmd/zonesync -f /tmp/e2e-zone.yaml

record_id=$(cf GET "/zones/${zone_id}/dns_records?type=TXT&name=${NAME}" | jq -r '.result[0].id')
if [[ -z "$record_id" || "$record_id" == "null" ]]; then
  echo "record ${NAME} was not created" >&2
  exit 1
fi

cf DELETE "/zones/${zone_id}/dns_records/${record_id}" >/dev/null
echo "e2e ok (${NAME})"
