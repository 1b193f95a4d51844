#!/usr/bin/env bash
# Create a zone-scoped Logpush job from a JSON definition in ../jobs/.
#
# usage: CF_EMAIL=... CF_API_KEY=... ZONE_ID=... ./create-logpush-job.sh ../jobs/firewall_events_s3.json
#
# NOTE: still uses the Global API Key because the old zones are owned by the
# shared secops user; switch to an API token with "Logs: Edit" once moved.
set -euo pipefail

JOB_FILE="${1:?job json required}"
: "${CF_EMAIL:?}" "${CF_API_KEY:?}" "${ZONE_ID:?}"
API="https://api.cloudflare.com/client/v4"

cf() {
  curl -sS --fail-with-body \
    -H "X-Auth-Email: ${CF_EMAIL}" \
    -H "X-Auth-Key: ${CF_API_KEY}" \
    -H "Content-Type: application/json" \
    "$@"
}

dest=$(jq -r .destination_conf "$JOB_FILE")

# S3/GCS/Azure destinations need an ownership challenge first; R2 and HTTP do not
case "$dest" in
  s3://*|gs://*|azure://*)
    if [ "$(jq -r '.ownership_challenge // empty' "$JOB_FILE")" = "" ]; then
      echo "requesting ownership challenge for $dest" >&2
      cf -X POST "$API/zones/$ZONE_ID/logpush/ownership" \
         --data "$(jq -n --arg d "$dest" '{destination_conf: $d}')" | jq .
      echo "copy the token from the ownership-challenge file into $JOB_FILE and re-run" >&2
      exit 2
    fi
    ;;
esac

# validate destination before creating
cf -X POST "$API/zones/$ZONE_ID/logpush/validate/destination/exists" \
   --data "$(jq -n --arg d "$dest" '{destination_conf: $d}')" | jq -e '.result.exists' >/dev/null || {
  echo "destination does not validate: $dest" >&2; exit 1; }

cf -X POST "$API/zones/$ZONE_ID/logpush/jobs" \
   --data @"$JOB_FILE" | jq '{success, id: .result.id, name: .result.name, dataset: .result.dataset}'
