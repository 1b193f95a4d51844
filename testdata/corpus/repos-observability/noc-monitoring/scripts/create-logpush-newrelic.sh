#!/usr/bin/env bash
# Create a Logpush job that ships http_requests to New Relic Logs.
# Requires: CLOUDFLARE_API_TOKEN (Logs:Edit) and NEW_RELIC_LICENSE_KEY in the environment.
set -euo pipefail

ZONE_ID="${ZONE_ID:-{{hex32}}}"
NR_ENDPOINT="https://log-api.eu.newrelic.com/log/v1"

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/logpush/jobs" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data @- <<JSON | jq .
{
  "name": "newrelic-http-requests",
  "dataset": "http_requests",
  "output_options": {"field_names": ["ClientIP","ClientRequestHost","ClientRequestPath","EdgeResponseStatus","EdgeStartTimestamp","RayID"], "timestamp_format": "unix"},
  "destination_conf": "${NR_ENDPOINT}?Api-Key=${NEW_RELIC_LICENSE_KEY}&format=cloudflare",
  "max_upload_bytes": 5000000,
  "enabled": true
}
JSON
