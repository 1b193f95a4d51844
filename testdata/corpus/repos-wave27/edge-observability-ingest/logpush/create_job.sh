#!/usr/bin/env bash
# Create (or re-create) the Logpush jobs defined in logpush/jobs/*.json for the main zone.
#
#   ./logpush/create_job.sh                # all jobs
#   ./logpush/create_job.sh http_requests  # one dataset
set -euo pipefail

ZONE_ID="${ZONE_ID:-{{hex32}}}"
CF_API_TOKEN="${CF_API_TOKEN:-{{cfut}}}"
API="https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/logpush"

cf() {
  curl -sS --fail-with-body \
    -H "Authorization: Bearer ${CF_API_TOKEN}" \
    -H "Content-Type: application/json" "$@"
}

existing="$(cf "${API}/jobs" | jq -r '.result[] | "\(.id) \(.name)"')"

for job in logpush/jobs/*.json; do
  name="$(jq -r .name "$job")"
  dataset="$(jq -r .dataset "$job")"
  if [[ $# -gt 0 && "$dataset" != "$1" ]]; then
    continue
  fi

  # ownership challenge is not needed for R2 destinations
  id="$(awk -v n="$name" '$2 == n {print $1}' <<<"$existing")"
  if [[ -n "$id" ]]; then
    echo "updating job $id ($name)"
    cf -X PUT "${API}/jobs/${id}" --data @"$job" | jq '.success'
  else
    echo "creating job $name"
    cf -X POST "${API}/jobs" --data @"$job" | jq '.result.id'
  fi
done
