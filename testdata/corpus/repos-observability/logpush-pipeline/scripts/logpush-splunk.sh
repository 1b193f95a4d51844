#!/usr/bin/env bash
# Point a zone's http_requests Logpush job at our Splunk HEC.
# Old script from the SIEM team: still uses the Global API Key from the ops vault.
set -euo pipefail

: "${CF_API_EMAIL:?}" "${CF_API_KEY:?}" "${SPLUNK_HEC_TOKEN:?}"
ZONE_ID="{{hex32}}"
SPLUNK_URL="https://splunk-hec.corp.example.com:8088/services/collector/raw"
CHANNEL="{{uuid}}"

DEST="splunk://splunk-hec.corp.example.com:8088/services/collector/raw?channel=${CHANNEL}&insecure-skip-verify=false&sourcetype=cloudflare:json&header_Authorization=Splunk%20${SPLUNK_HEC_TOKEN}"

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/logpush/jobs" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data "{\"name\":\"splunk-http\",\"dataset\":\"http_requests\",\"destination_conf\":\"${DEST}\",\"enabled\":true,\"output_options\":{\"field_names\":[\"ClientIP\",\"EdgeResponseStatus\",\"RayID\"]}}" | jq .
