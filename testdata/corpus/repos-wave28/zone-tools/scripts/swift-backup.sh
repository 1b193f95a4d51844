#!/usr/bin/env bash
# swift-backup.sh — ship the nightly DNS exports to the OpenStack Swift
# object store at the colo (TempAuth / v1.0 auth). Nothing here talks to
# Cloudflare; the export itself is done by export-dns.sh.
set -euo pipefail

SWIFT_AUTH_URL="${SWIFT_AUTH_URL:-https://objects.colo1.example.net/auth/v1.0}"
SWIFT_USER="${SWIFT_USER:-backup:dnsexport}"
SWIFT_KEY="${SWIFT_KEY:?SWIFT_KEY must be set}"
CONTAINER="dns-exports"
SRC_DIR="/srv/backups/dns/$(date +%F)"

# v1.0 auth: exchange user/key for a storage URL + token
auth_headers=$(curl -sS -D - -o /dev/null \
  -H "X-Auth-User: ${SWIFT_USER}" \
  -H "X-Auth-Key: ${SWIFT_KEY}" \
  "${SWIFT_AUTH_URL}")

STORAGE_URL=$(printf '%s' "$auth_headers" | awk -F': ' 'tolower($1)=="x-storage-url"{print $2}' | tr -d '\r')
TOKEN=$(printf '%s' "$auth_headers" | awk -F': ' 'tolower($1)=="x-auth-token"{print $2}' | tr -d '\r')

if [[ -z "$STORAGE_URL" || -z "$TOKEN" ]]; then
  echo "swift auth failed" >&2
  exit 1
fi

# make sure the container exists (idempotent PUT)
curl -sS -o /dev/null -X PUT -H "X-Auth-Token: ${TOKEN}" "${STORAGE_URL}/${CONTAINER}"

for f in "$SRC_DIR"/*; do
  name="$(date +%F)/$(basename "$f")"
  curl -sS --fail -X PUT \
    -H "X-Auth-Token: ${TOKEN}" \
    -H "X-Delete-After: 7776000" \
    -T "$f" \
    "${STORAGE_URL}/${CONTAINER}/${name}"
  echo "uploaded ${name}"
done
