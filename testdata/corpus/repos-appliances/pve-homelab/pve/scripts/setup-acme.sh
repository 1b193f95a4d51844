#!/usr/bin/env bash
# Bootstrap ACME (Let's Encrypt) with the Cloudflare DNS plugin on a PVE node.
# Run once per cluster; /etc/pve is shared so the plugin is visible on all nodes.
set -euo pipefail

NODE="$(hostname -s)"
DOMAIN="${NODE}.pve.example.net"

pvenode acme account register default hostmaster@example.net \
  --directory https://acme-v02.api.letsencrypt.org/directory

umask 077
cat > /root/cf-acme.txt <<CFEOF
CF_Token={{tok40}}
CF_Account_ID={{hex32}}
CFEOF

pvenode acme plugin add dns cloudflare --api cf --data /root/cf-acme.txt --validation-delay 30
rm -f /root/cf-acme.txt

pvenode config set --acmedomain0 "domain=${DOMAIN},plugin=cloudflare"
pvenode acme cert order --force
