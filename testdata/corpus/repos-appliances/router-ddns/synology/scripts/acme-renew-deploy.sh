#!/bin/bash
# DSM Task Scheduler (user: root, weekly Sun 03:30)
# Renew *.nas.example.com with acme.sh (dns_cf) and push it into DSM via synology_dsm deploy hook.
ACME_HOME=/usr/local/share/acme.sh

export CF_Token="{{tok40}}"
export CF_Account_ID="{{hex32}}"
export CF_Zone_ID="{{hex32}}"

export SYNO_Username="acme-deploy"
export SYNO_Password="$(cat /root/.syno_deploy_pw)"
export SYNO_Certificate="acme wildcard"
export SYNO_Create=1

"$ACME_HOME"/acme.sh --home "$ACME_HOME" --cron
"$ACME_HOME"/acme.sh --home "$ACME_HOME" --deploy -d "*.nas.example.com" --deploy-hook synology_dsm
