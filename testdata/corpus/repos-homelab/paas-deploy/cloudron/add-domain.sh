#!/bin/bash
# Add example.org to Cloudron with Cloudflare DNS automation.
# CLOUDRON_TOKEN = Cloudron API token (Profile > API Tokens), not a Cloudflare credential.
set -euo pipefail

curl -fsS -X POST "https://my.example.org/api/v1/domains" \
  -H "Authorization: Bearer ${CLOUDRON_TOKEN}" \
  -H "Content-Type: application/json" \
  --data @- <<JSON
{
  "domain": "example.org",
  "zoneName": "example.org",
  "provider": "cloudflare",
  "config": {
    "email": "admin@example.org",
    "token": "{{hex37}}",
    "tokenType": "GlobalApiKey",
    "defaultProxyStatus": false
  },
  "tlsConfig": { "provider": "letsencrypt-prod-wildcard" }
}
JSON
