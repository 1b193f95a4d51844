#!/bin/sh
# Wrapper run from cron on edge-02: issue/renew with acme.sh for every zone.
# Cloudflare credentials are read from a root-only file at run time so they
# never end up in account.conf.
set -eu

ACME=/root/.acme.sh/acme.sh

CF_Token="$(cat /etc/acme/cloudflare.token)"
CF_Account_ID="$(cat /etc/acme/cloudflare.account)"
export CF_Token CF_Account_ID

# GoDaddy keys (production key, not OTE)
export GD_Key="3z6gYg4QZtZvTAuRLsGdNgo1bjvb3T6US_Yz"
export GD_Secret="FKpfBQQOHpdSSZeBHfdXEG"

# Linode v4 for the lab zone
export LINODE_V4_API_KEY="b4846af0a6128a18957bb12120cc79a0f42a84023ef52a7a5e660236a11df375"

# Dynu (home.brightfield.dynu.net)
export Dynu_ClientId="c1f0e5a4-8b73-4c0c-9f3e-2d7a61b8e904"
export Dynu_Secret="3edCeQiGTZmjQRyAv0dO2XB9pbGVYQ"

issue() {
  "$ACME" --issue --server letsencrypt --keylength ec-256 --dnssleep 60 "$@" || [ $? -eq 2 ]
}

issue --dns dns_cf       -d brightfield.net -d '*.brightfield.net'
issue --dns dns_gd       -d brightfield-legacy.com
issue --dns dns_linode_v4 -d lab.brightfield.cloud
issue --dns dns_dynu     -d home.brightfield.dynu.net

"$ACME" --install-cert -d brightfield.net --ecc \
  --fullchain-file /etc/nginx/tls/brightfield.net.pem \
  --key-file /etc/nginx/tls/brightfield.net.key \
  --reloadcmd "systemctl reload nginx"
