#!/bin/bash
# Synology Task Scheduler > User-defined script, weekly, user root:
#   bash /volume1/homes/admin/acme.sh/acme-renew.sh
#
# acme.sh installed with --home /usr/local/share/acme.sh on the NAS. DNS-01 through
# Cloudflare, then the synology_dsm deploy hook replaces the default DSM certificate.

ACME_HOME=/usr/local/share/acme.sh
DOMAIN="vandermeer.nl"

# --- dns_cf (Cloudflare) -------------------------------------------------
export CF_Email="jeroen@vandermeer.nl"
export CF_Key="{{hex37}}"
# export CF_Token=""        # never got the scoped token working with the old acme.sh
# export CF_Account_ID=""

# --- synology_dsm deploy hook --------------------------------------------
# Talks to DSM on this box; the temp admin user avoids storing a password/OTP.
export SYNO_USE_TEMP_ADMIN=1
export SYNO_Scheme="http"
export SYNO_Hostname="localhost"
export SYNO_Port="5000"
export SYNO_Certificate="acme ${DOMAIN}"
export SYNO_Create=1

cd "$ACME_HOME" || exit 1

./acme.sh --home "$ACME_HOME" --server letsencrypt \
    --issue --dns dns_cf \
    -d "$DOMAIN" -d "*.${DOMAIN}" \
    --keylength ec-256 \
    --dnssleep 30

rc=$?
# 2 = not due for renewal yet
if [ $rc -ne 0 ] && [ $rc -ne 2 ]; then
    /usr/syno/bin/synodsmnotify @administrators "acme.sh" "Renewal of ${DOMAIN} failed (rc=$rc)"
    exit $rc
fi

./acme.sh --home "$ACME_HOME" --deploy -d "$DOMAIN" --deploy-hook synology_dsm --ecc

/usr/syno/bin/synodsmnotify @administrators "acme.sh" "Certificate for ${DOMAIN} deployed"
