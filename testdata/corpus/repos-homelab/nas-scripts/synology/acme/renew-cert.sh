#!/bin/bash
# Renew the DSM certificate with acme.sh (dns_cf) and deploy it with the synology_dsm hook.
# Task Scheduler: weekly, root.
set -e
cd /usr/local/share/acme.sh

export CF_Token="{{cfut}}"
export CF_Account_ID="{{hex32}}"

export SYNO_Username="certadmin"
export SYNO_Password="$(cat /root/.syno_certadmin)"
export SYNO_Certificate="acme-wildcard"
export SYNO_Create=1

./acme.sh --home /usr/local/share/acme.sh --issue --server letsencrypt \
  --dns dns_cf -d example.de -d '*.example.de' --keylength 2048

./acme.sh --home /usr/local/share/acme.sh --deploy -d example.de --deploy-hook synology_dsm
