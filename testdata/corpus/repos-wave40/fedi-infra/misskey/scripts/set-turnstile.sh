#!/usr/bin/env bash
# One-off: enable Cloudflare Turnstile on sign-up through the admin API,
# because the control panel form kept timing out behind the WAF challenge.
#
# usage: MISSKEY_TOKEN=<admin access token> ./set-turnstile.sh
set -euo pipefail

HOST=https://mk.blockhaven.gg
: "${MISSKEY_TOKEN:?admin token with write:admin:meta}"

curl -fsS -X POST "${HOST}/api/admin/update-meta" \
  -H "Content-Type: application/json" \
  --data @- <<JSON
{
  "i": "${MISSKEY_TOKEN}",
  "enableHcaptcha": false,
  "enableRecaptcha": false,
  "enableTurnstile": true,
  "turnstileSiteKey": "0x4AAAAAAAxY3mQk1hbRz9Vd",
  "turnstileSecretKey": "{{turnstile}}"
}
JSON

echo
echo "Turnstile enabled. Check: ${HOST}/admin/security"
