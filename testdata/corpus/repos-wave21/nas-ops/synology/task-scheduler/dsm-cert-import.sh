#!/bin/bash
# Synology Task Scheduler: import the renewed wildcard into DSM.
# Runs after acme.sh on the NAS itself; talks only to the local DSM Web API.
# DSM's own listener uses its self-signed default cert, so -k is needed
# for 127.0.0.1 -- nothing here leaves the box.

set -euo pipefail

DSM_URL="https://127.0.0.1:5001"
CERT_DIR="/volume1/docker/acme/hollowpine.net_ecc"
DSM_USER="certbot"
DSM_PASS="$(cat /volume1/secrets/dsm-certbot-password)"

login() {
  curl -sk "${DSM_URL}/webapi/auth.cgi" \
    --data-urlencode "api=SYNO.API.Auth" \
    --data-urlencode "version=6" \
    --data-urlencode "method=login" \
    --data-urlencode "account=${DSM_USER}" \
    --data-urlencode "passwd=${DSM_PASS}" \
    --data-urlencode "format=sid" \
    --data-urlencode "enable_syno_token=yes"
}

RESP=$(login)
SID=$(echo "$RESP" | sed -n 's/.*"sid":"\([^"]*\)".*/\1/p')
SYNO_TOKEN=$(echo "$RESP" | sed -n 's/.*"synotoken":"\([^"]*\)".*/\1/p')

if [ -z "$SID" ]; then
  echo "DSM login failed: $RESP" >&2
  exit 1
fi

curl -sk "${DSM_URL}/webapi/entry.cgi?api=SYNO.Core.Certificate&method=import&version=1&SynoToken=${SYNO_TOKEN}&_sid=${SID}" \
  -F "key=@${CERT_DIR}/hollowpine.net.key" \
  -F "cert=@${CERT_DIR}/hollowpine.net.cer" \
  -F "inter_cert=@${CERT_DIR}/ca.cer" \
  -F "id=" \
  -F "desc=hollowpine.net wildcard" \
  -F "as_default=true"

curl -sk "${DSM_URL}/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=logout&_sid=${SID}" >/dev/null
echo "imported certificate into DSM"
