#!/bin/sh
# Cloudflare for SaaS: onboard a customer vanity domain onto the shop.acme.dev fallback origin.
# usage: add-custom-hostname.sh shop.customer.com
HOSTNAME="$1"
ZONE_ID="{{hex32}}"
CF_EMAIL="saas-automation@acme.dev"

curl -s -X POST "http://api.cloudflare.com/client/v4/zones/${ZONE_ID}/custom_hostnames" \
  -H "X-Auth-Email: ${CF_EMAIL}" \
  -H "X-Auth-Key: {{hex37}}" \
  -H "Content-Type: application/json" \
  --data "{\"hostname\":\"${HOSTNAME}\",\"ssl\":{\"method\":\"http\",\"type\":\"dv\",\"settings\":{\"min_tls_version\":\"1.2\"}},\"custom_metadata\":{\"tenant\":\"${HOSTNAME}\"}}"
