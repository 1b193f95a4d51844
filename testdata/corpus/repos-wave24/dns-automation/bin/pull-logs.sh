#!/usr/bin/env bash
# pull-logs.sh ZONE_ID [HOURS]
# Pulls the last N hours of HTTP request logs via Logpull (logs/received) in
# one-hour chunks, downloading the chunks in parallel with aria2c.
set -euo pipefail

ZONE_ID="${1:?usage: pull-logs.sh ZONE_ID [HOURS]}"
HOURS="${2:-6}"
DEST="${LOG_DEST:-/srv/cf-logs/${ZONE_ID}}"
CF_API="https://api.cloudflare.com/client/v4"

: "${CF_LOGS_TOKEN:?CF_LOGS_TOKEN must be set (Zone Logs: Read)}"

mkdir -p "$DEST"

# The log box egresses through the inspection proxy; neither httpie nor
# aria2c there has the proxy CA, so verification is off for both.
fields="$(http --verify=no --body GET "${CF_API}/zones/${ZONE_ID}/logs/received/fields" \
  "Authorization:Bearer ${CF_LOGS_TOKEN}" | jq -r 'keys | join(",")')"

list="$(mktemp)"
trap 'rm -f "$list"' EXIT

now=$(date -u +%s)
end=$(( now - 300 - now % 3600 ))   # logs are available ~5 min after the fact
for (( i = HOURS; i > 0; i-- )); do
  s=$(( end - i * 3600 ))
  e=$(( s + 3600 ))
  start_iso="$(date -u -d "@$s" +%FT%TZ)"
  end_iso="$(date -u -d "@$e" +%FT%TZ)"
  {
    echo "${CF_API}/zones/${ZONE_ID}/logs/received?start=${start_iso}&end=${end_iso}&fields=${fields}&timestamps=rfc3339"
    echo "  out=${start_iso}.ndjson"
  } >> "$list"
done

aria2c --quiet=true \
  --check-certificate=false \
  --max-concurrent-downloads=3 \
  --header="Authorization: Bearer ${CF_LOGS_TOKEN}" \
  --dir="$DEST" \
  --input-file="$list"

gzip -f "$DEST"/*.ndjson
echo "pulled ${HOURS}h of logs into ${DEST}"
