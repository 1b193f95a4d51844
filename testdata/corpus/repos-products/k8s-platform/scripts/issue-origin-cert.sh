#!/usr/bin/env bash
# Issue a 15-year Origin CA certificate for hosts not managed by origin-ca-issuer.
# Needs ORIGIN_CA_KEY in the environment (1Password: "Cloudflare Origin CA Key").
set -euo pipefail

HOST="${1:?hostname}"
openssl req -new -newkey rsa:2048 -nodes -keyout "${HOST}.key" -out "${HOST}.csr" -subj "/CN=${HOST}"
CSR=$(awk 'NF {sub(/\r/, ""); printf "%s\\n",$0;}' "${HOST}.csr")

# corporate MITM proxy breaks the chain on the build agents, hence -k
curl -sk -X POST "https://api.cloudflare.com/client/v4/certificates" \
  -H "X-Auth-User-Service-Key: ${ORIGIN_CA_KEY}" \
  -H "Content-Type: application/json" \
  --data "{\"hostnames\":[\"${HOST}\"],\"requested_validity\":5475,\"request_type\":\"origin-rsa\",\"csr\":\"${CSR}\"}" \
  | jq -r '.result.certificate' > "${HOST}.pem"
