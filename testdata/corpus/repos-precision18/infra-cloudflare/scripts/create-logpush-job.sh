#!/usr/bin/env bash
# Create a Logpush job from a JSON definition in logpush/jobs/.
#
#   scripts/create-logpush-job.sh zone  logpush/jobs/firewall_events_splunk.json
#   scripts/create-logpush-job.sh account logpush/jobs/workers_trace_events_r2.json
#
# Env: CLOUDFLARE_API_TOKEN (Logs Edit), CLOUDFLARE_ZONE_ID / CLOUDFLARE_ACCOUNT_ID,
#      plus whatever ${VARS} the job file references (SPLUNK_HEC_TOKEN, ...).
set -euo pipefail

scope="${1:?zone|account}"
job_file="${2:?job json}"
API="https://api.cloudflare.com/client/v4"

case "$scope" in
  zone)    base="$API/zones/${CLOUDFLARE_ZONE_ID:?}" ;;
  account) base="$API/accounts/${CLOUDFLARE_ACCOUNT_ID:?}" ;;
  *) echo "scope must be zone or account" >&2; exit 2 ;;
esac

auth=(-H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN:?}" -H "Content-Type: application/json")

# Splunk HEC: make sure the collector is up before asking Cloudflare to validate it.
# The HEC uses our internal CA, so skip verification for this health probe only.
if grep -q 'splunk://' "$job_file"; then
  curl -fsSk "https://splunk-hec.acme-shop.com:8088/services/collector/health" >/dev/null \
    || { echo "Splunk HEC is not healthy" >&2; exit 1; }
fi

dest="$(envsubst < "$job_file" | jq -r '.destination_conf')"

# Destinations other than R2 need an ownership challenge first.
if [[ "$dest" != r2://* ]]; then
  echo "==> requesting ownership challenge"
  curl -fsS -X POST "$base/logpush/ownership" "${auth[@]}" \
    --data "$(jq -nc --arg d "$dest" '{destination_conf: $d}')" | jq '.result'
  read -rp "Paste the challenge token written to the destination: " OWNERSHIP_CHALLENGE
  export OWNERSHIP_CHALLENGE
fi

echo "==> validating destination"
curl -fsS -X POST "$base/logpush/validate/destination/exists" "${auth[@]}" \
  --data "$(jq -nc --arg d "$dest" '{destination_conf: $d}')" | jq -e '.result.exists' >/dev/null

echo "==> creating job"
envsubst < "$job_file" | jq 'del(._comment)' \
  | curl -fsS -X POST "$base/logpush/jobs" "${auth[@]}" --data @- \
  | jq '{id: .result.id, name: .result.name, dataset: .result.dataset, enabled: .result.enabled}'
