#!/usr/bin/env bash
# Issue / renew the Cloudflare Origin CA certificate for the store origin
# (nginx on web1/web2 presents it; Cloudflare SSL mode is "Full (strict)").
#
# The Origin CA endpoint needs the "Origin CA Key" from
# My Profile > API Tokens (user service key), not an API token.
set -euo pipefail

HOSTS='["acme-store.example","*.acme-store.example"]'
OUT_DIR=/etc/nginx/ssl/cloudflare
DAYS=5475

mkdir -p "$OUT_DIR"
openssl req -new -newkey rsa:2048 -nodes \
  -keyout "$OUT_DIR/origin.key" \
  -subj "/CN=acme-store.example" \
  -out "$OUT_DIR/origin.csr"

CSR=$(awk 'NF {sub(/\r/, ""); printf "%s\\n",$0;}' "$OUT_DIR/origin.csr")

curl -sS -X POST "https://api.cloudflare.com/client/v4/certificates" \
  -H "X-Auth-User-Service-Key: {{origin}}" \
  -H "Content-Type: application/json" \
  --data "{\"hostnames\":${HOSTS},\"requested_validity\":${DAYS},\"request_type\":\"origin-rsa\",\"csr\":\"${CSR}\"}" \
  | jq -r '.result.certificate' > "$OUT_DIR/origin.pem"

chmod 600 "$OUT_DIR/origin.key"
nginx -t && systemctl reload nginx
echo "Origin certificate written to $OUT_DIR/origin.pem"
