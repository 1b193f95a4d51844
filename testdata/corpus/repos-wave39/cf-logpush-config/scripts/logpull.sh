#!/bin/sh
# Quick logpull for incident triage: pulls the last N minutes of http_requests for a zone
# into ./logpull-<zone>-<ts>.ndjson
#
#   ./logpull.sh <zone_id> [minutes]
#
# runs on the jump host (bastion-02) which sits behind the inspection proxy
ZONE="${1:?zone id}"
MINUTES="${2:-10}"

CF_API_TOKEN="{{tok40}}"

END=$(date -u -d '1 minute ago' +%Y-%m-%dT%H:%M:00Z)
START=$(date -u -d "$((MINUTES + 1)) minutes ago" +%Y-%m-%dT%H:%M:00Z)
FIELDS="ClientIP,ClientRequestHost,ClientRequestMethod,ClientRequestURI,ClientRequestUserAgent,EdgeResponseStatus,EdgeStartTimestamp,RayID,SecurityAction,WAFAttackScore"
OUT="logpull-${ZONE}-$(date -u +%Y%m%d%H%M).ndjson"

# -k: proxy re-signs TLS with the inspection CA that bastion-02 doesn't trust
curl -sk --compressed \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  "https://api.cloudflare.com/client/v4/zones/${ZONE}/logs/received?start=${START}&end=${END}&fields=${FIELDS}&timestamps=rfc3339" \
  -o "$OUT"

echo "wrote $(wc -l < "$OUT") records to $OUT"
# top offenders
jq -r '.ClientIP' "$OUT" | sort | uniq -c | sort -rn | head -20
