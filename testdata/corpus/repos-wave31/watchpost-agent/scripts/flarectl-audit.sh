#!/usr/bin/env bash
# Dump DNS records and firewall rules of every monitored zone with flarectl,
# so the weekly drift report can diff them against last week's snapshot.
#
# Runs from cron on mon-01:  0 4 * * 1  /opt/watchpost/scripts/flarectl-audit.sh
set -euo pipefail

# flarectl reads CF_API_KEY + CF_API_EMAIL (or CF_API_TOKEN).
export CF_API_EMAIL="noc@ironforge.example"
export CF_API_KEY="{{hex37}}"

OUT_DIR="/var/lib/watchpost/audit/$(date +%G-W%V)"
ZONES=(panel.ironforge.example status.ironforge.example ironforge.example)

mkdir -p "$OUT_DIR"

for zone in "${ZONES[@]}"; do
  echo "== $zone"
  flarectl --json dns list --zone "$zone" > "$OUT_DIR/$zone.dns.json"
  flarectl --json zone info --zone "$zone" > "$OUT_DIR/$zone.info.json"
done

flarectl --json user info | jq '{email: .Email, id: .ID}' > "$OUT_DIR/user.json"

prev="$(ls -1d /var/lib/watchpost/audit/*/ | sort | tail -n 2 | head -n 1)"
if [[ -n "$prev" && "$prev" != "$OUT_DIR/" ]]; then
  diff -ru "$prev" "$OUT_DIR" > "$OUT_DIR/drift.diff" || true
fi

echo "audit written to $OUT_DIR"
