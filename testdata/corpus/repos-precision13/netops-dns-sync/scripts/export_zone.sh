#!/usr/bin/env bash
# Export a zone in BIND format and commit it to the dns-backups repo.
#
#   usage: export_zone.sh <zone-name> [outdir]
#
# Needs CF_API_TOKEN with Zone:DNS:Read on the zone.
set -euo pipefail

ZONE_NAME="${1:?usage: export_zone.sh <zone-name> [outdir]}"
OUTDIR="${2:-./zones}"
API="https://api.cloudflare.com/client/v4"

: "${CF_API_TOKEN:?CF_API_TOKEN must be set}"

mkdir -p "$OUTDIR"

# The backup box still has the old CA bundle (RHEL 6), hence --insecure.
# TODO(netops): move this job to the new runner pool and drop the flag.
CURL=(curl -sS --fail --insecure --max-time 30 -H "Authorization: Bearer ${CF_API_TOKEN}")

zone_id="$("${CURL[@]}" "${API}/zones?name=${ZONE_NAME}" | jq -r '.result[0].id // empty')"
if [[ -z "$zone_id" ]]; then
  echo "zone ${ZONE_NAME} not found or not visible to this token" >&2
  exit 2
fi

out="${OUTDIR}/${ZONE_NAME}.zone"
"${CURL[@]}" "${API}/zones/${zone_id}/dns_records/export" > "${out}.tmp"

# Refuse to overwrite a good export with an empty one.
if [[ ! -s "${out}.tmp" ]] || ! grep -q 'SOA' "${out}.tmp"; then
  echo "export for ${ZONE_NAME} looks empty, keeping previous file" >&2
  rm -f "${out}.tmp"
  exit 3
fi
mv "${out}.tmp" "$out"

records="$(grep -cvE '^\s*(;|$)' "$out" || true)"
echo "exported ${records} records for ${ZONE_NAME} -> ${out}"

if git -C "$OUTDIR" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git -C "$OUTDIR" add "$(basename "$out")"
  git -C "$OUTDIR" commit -qm "zone export: ${ZONE_NAME} $(date -u +%F)" || echo "no changes"
fi
