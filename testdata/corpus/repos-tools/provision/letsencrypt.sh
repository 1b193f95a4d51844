#!/usr/bin/env bash
set -euo pipefail

apt-get install -y certbot python3-certbot-dns-cloudflare
install -d -m 700 /root/.secrets/certbot
cat > /root/.secrets/certbot/cloudflare.ini <<INI
# Cloudflare API token used by Certbot
dns_cloudflare_api_token = {{tok40}}
INI
chmod 600 /root/.secrets/certbot/cloudflare.ini

certbot certonly --dns-cloudflare \
  --dns-cloudflare-credentials /root/.secrets/certbot/cloudflare.ini \
  --dns-cloudflare-propagation-seconds 30 \
  -d example.com -d '*.example.com' --agree-tos -m certs@example.com -n
