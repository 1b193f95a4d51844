#!/bin/sh
# export-zone.sh ZONE_ID [OUTDIR]
# Dumps the zone as a BIND file via the Cloudflare API. POSIX sh because it
# also runs on the BusyBox-based backup appliance, where only wget exists.
set -eu

ZONE_ID="${1:?usage: export-zone.sh ZONE_ID [OUTDIR]}"
OUTDIR="${2:-/var/backups/cloudflare}"
CF_API_URL="https://api.cloudflare.com/client/v4"

if [ -z "${CF_API_TOKEN:-}" ]; then
  echo "CF_API_TOKEN not set" >&2
  exit 1
fi

mkdir -p "$OUTDIR"
out="$OUTDIR/${ZONE_ID}-$(date +%Y%m%d).zone"

# BusyBox appliance has no CA bundle installed (vendor image), so the
# certificate check is disabled here.
wget -q --no-check-certificate \
  --header="Authorization: Bearer ${CF_API_TOKEN}" \
  -O "$out" \
  "${CF_API_URL}/zones/${ZONE_ID}/dns_records/export"

lines=$(wc -l < "$out")
if [ "$lines" -lt 3 ]; then
  echo "export looks empty ($lines lines), keeping previous copy" >&2
  rm -f "$out"
  exit 1
fi

# rotate: keep the newest 14 exports for this zone
ls -1t "$OUTDIR/${ZONE_ID}-"*.zone 2>/dev/null | tail -n +15 | xargs -r rm -f
echo "exported $ZONE_ID ($lines lines) -> $out"
