#!/bin/sh
# Issue the NAS certificate with acme.sh + Cloudflare DNS API (dns_cf)
# Synology DSM deploy hook; run from Task Scheduler as root.
set -e

export CF_Email="admin@example.net"
export CF_Key="{{hex37}}"

export SYNO_Username="certadmin"
export SYNO_Certificate="nas"
export SYNO_Create=1

/usr/local/share/acme.sh/acme.sh --issue --server letsencrypt \
  --dns dns_cf \
  -d nas.example.net -d '*.nas.example.net' \
  --home /usr/local/share/acme.sh

/usr/local/share/acme.sh/acme.sh --deploy -d nas.example.net --deploy-hook synology_dsm
