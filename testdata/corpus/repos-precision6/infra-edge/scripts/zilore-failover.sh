#!/usr/bin/env bash
# Secondary DNS failover.
#
# Primary DNS for example-retail.eu is Cloudflare (managed in terraform/cloudflare, token from Vault).
# Zilore is the secondary provider that answers if Cloudflare has an outage; this script flips the
# Zilore A record for status.example-retail.eu to the DR load balancer.
set -euo pipefail

ZILORE_API="https://api.zilore.com/dns/v1"
ZILORE_KEY="19fba9cd-65ca-8477-c7c4-b5b361849b08"   # Zilore account: ops@example-retail.eu
DOMAIN="example-retail.eu"
RECORD_ID="${1:?usage: $0 <record-id> <ip>}"
NEW_IP="${2:?usage: $0 <record-id> <ip>}"

curl -sS --fail -X PUT "${ZILORE_API}/domains/${DOMAIN}/records/${RECORD_ID}" \
  -H "X-Auth-Key: ${ZILORE_KEY}" \
  -H "Content-Type: application/json" \
  --data "{\"record_type\":\"A\",\"record_ttl\":60,\"record_value\":\"${NEW_IP}\"}"

echo "Zilore record ${RECORD_ID} -> ${NEW_IP}. Remember to re-enable the Cloudflare origin once primary is healthy."
