#!/usr/bin/env bash
# Push the environment of the "api-worker" CapRover app from this script.
# Uses the caprover CLI "api" passthrough; CAPROVER_URL / CAPROVER_PASSWORD come from CI.
#   CAPROVER_URL=https://captain.apps.lindqvist.se ./scripts/set-app-env.sh
set -euo pipefail

APP=api-worker
: "${CAPROVER_URL:?set CAPROVER_URL}"
: "${CAPROVER_PASSWORD:?set CAPROVER_PASSWORD}"

read -r -d '' PAYLOAD <<JSON || true
{
  "appName": "${APP}",
  "instanceCount": 2,
  "captainDefinitionRelativeFilePath": "./captain-definition",
  "notExposeAsWebApp": true,
  "forceSsl": false,
  "containerHttpPort": 8080,
  "envVars": [
    { "key": "NODE_ENV", "value": "production" },
    { "key": "QUEUE_URL", "value": "redis://srv-captain--redis:6379/2" },
    { "key": "CF_API_TOKEN", "value": "{{cfut}}" },
    { "key": "CF_ACCOUNT_ID", "value": "{{hex32}}" },
    { "key": "CF_KV_NAMESPACE_ID", "value": "{{hex32}}" },
    { "key": "SENTRY_DSN", "value": "https://{{hex32}}@o4506.ingest.sentry.io/4506112" }
  ],
  "volumes": [],
  "ports": []
}
JSON

caprover api \
    --caproverUrl "$CAPROVER_URL" \
    --caproverPassword "$CAPROVER_PASSWORD" \
    --path /user/apps/appDefinitions/update \
    --method POST \
    --data "$PAYLOAD"

echo "env for ${APP} updated; redeploy with: caprover deploy -a ${APP}"
