#!/bin/sh
# TrueNAS SCALE: System Settings > Advanced > Init/Shutdown Scripts
#   Type: Script, When: Post Init, Timeout: 120
# Also scheduled weekly via a Cron Job entry pointing at this file.
#
# Issues/renews the wildcard for the TrueNAS UI with acme.sh (dns_cf) and
# imports it through the TrueNAS API with deploy-freenas.

ACME_HOME=/mnt/tank/system/acme.sh
DOMAIN="truenas.hollowpine.net"

export CF_Token="{{cfut}}"
export CF_Account_ID="{{hex32}}"
export CF_Zone_ID="{{hex32}}"

export DEPLOY_TRUENAS_APIKEY_FILE=/mnt/tank/system/secrets/truenas-api-key
export DEPLOY_TRUENAS_HOSTNAME=localhost
export DEPLOY_TRUENAS_PROTOCOL=https

"$ACME_HOME"/acme.sh --home "$ACME_HOME" \
  --issue --server letsencrypt \
  --dns dns_cf \
  --dnssleep 30 \
  -d "$DOMAIN" -d "*.$DOMAIN" \
  --keylength ec-256

rc=$?
# 2 == "Skip, Next renewal time is ..."
if [ $rc -ne 0 ] && [ $rc -ne 2 ]; then
  logger -t acme-renew "acme.sh failed with rc=$rc"
  exit $rc
fi

"$ACME_HOME"/acme.sh --home "$ACME_HOME" \
  --deploy -d "$DOMAIN" --ecc \
  --deploy-hook truenas

logger -t acme-renew "certificate for $DOMAIN checked/deployed"
