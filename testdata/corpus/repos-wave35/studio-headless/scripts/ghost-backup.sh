#!/usr/bin/env bash
# Nightly export of the Ghost Admin content (JSON) from the journal site.
# /ghost/* is protected by Cloudflare Access; this cron job authenticates with
# the "ghost-backup" service token (Zero Trust > Access > Service Auth).
set -euo pipefail

GHOST_URL="https://journal.studio-north.example"
OUT="/srv/backups/ghost/journal-$(date +%F).json"

CF_ACCESS_CLIENT_ID="{{hex32}}.access"
CF_ACCESS_CLIENT_SECRET="{{cfast}}"

# Ghost Admin API key (id:secret) for the "Backups" custom integration
GHOST_ADMIN_KEY="${GHOST_ADMIN_KEY:?set in /etc/default/ghost-backup}"

jwt() {
  local id="${GHOST_ADMIN_KEY%%:*}" secret="${GHOST_ADMIN_KEY#*:}"
  local header payload now
  now=$(date +%s)
  header=$(printf '{"alg":"HS256","typ":"JWT","kid":"%s"}' "$id" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  payload=$(printf '{"iat":%d,"exp":%d,"aud":"/admin/"}' "$now" "$((now + 300))" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  local sig
  sig=$(printf '%s.%s' "$header" "$payload" \
    | openssl dgst -sha256 -mac HMAC -macopt "hexkey:${secret}" -binary \
    | base64 -w0 | tr '+/' '-_' | tr -d '=')
  printf '%s.%s.%s' "$header" "$payload" "$sig"
}

curl -fsS "${GHOST_URL}/ghost/api/admin/db/" \
  -H "CF-Access-Client-Id: ${CF_ACCESS_CLIENT_ID}" \
  -H "CF-Access-Client-Secret: ${CF_ACCESS_CLIENT_SECRET}" \
  -H "Authorization: Ghost $(jwt)" \
  -H "Accept-Version: v5.0" \
  -o "$OUT"

find /srv/backups/ghost -name 'journal-*.json' -mtime +30 -delete
echo "backup written to $OUT"
