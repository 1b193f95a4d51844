#!/bin/sh
# export-dns.sh — nightly BIND export of every zone on the account.
# Runs from cron on backup01; output lands in /srv/backups/dns/<date>/.
#
# NOTE: this still uses the account owner's global key; ticket OPS-412 tracks
# moving it to a scoped token with Zone:DNS:Read.

set -eu

CF_API=https://api.cloudflare.com/client/v4
OUT_DIR="/srv/backups/dns/$(date +%F)"
WGET="wget -q -O - --timeout=30 --tries=3"

mkdir -p "$OUT_DIR"

cf_get() {
  $WGET \
    --header="X-Auth-Email: dns-backup@example.net" \
    --header="X-Auth-Key: {{hex37}}" \
    --header="Accept: application/json" \
    "$CF_API$1"
}

page=1
: > "$OUT_DIR/zones.txt"
while :; do
  body=$(cf_get "/zones?per_page=50&page=$page")
  echo "$body" | jq -r '.result[] | "\(.id) \(.name)"' >> "$OUT_DIR/zones.txt"
  total=$(echo "$body" | jq -r '.result_info.total_pages')
  [ "$page" -ge "$total" ] && break
  page=$((page + 1))
done

while read -r id name; do
  echo "exporting $name"
  cf_get "/zones/$id/dns_records/export" > "$OUT_DIR/$name.zone"
done < "$OUT_DIR/zones.txt"

find /srv/backups/dns -mindepth 1 -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "done: $(wc -l < "$OUT_DIR/zones.txt") zones"
