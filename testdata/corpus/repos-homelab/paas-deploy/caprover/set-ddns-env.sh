#!/bin/sh
# Push env vars to the CapRover "ddns" app (one-click app: cloudflare-ddns)
# usage: CAPROVER_PASSWORD=... ./set-ddns-env.sh
set -e

caprover api \
  --caproverUrl https://captain.apps.example.com \
  --caproverPassword "$CAPROVER_PASSWORD" \
  --path /user/apps/appDefinitions/update \
  --method POST \
  --data '{
    "appName": "ddns",
    "instanceCount": 1,
    "envVars": [
      {"key": "CF_API_TOKEN", "value": "{{cfut}}"},
      {"key": "ZONE", "value": "apps.example.com"},
      {"key": "SUBDOMAIN", "value": "captain"},
      {"key": "PROXIED", "value": "false"}
    ]
  }'
