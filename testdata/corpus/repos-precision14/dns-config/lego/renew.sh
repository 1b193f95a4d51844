#!/usr/bin/env bash
# Renew certificates with lego for zones split across providers:
#   example.com     -> Cloudflare (scoped DNS token)
#   example.com.br  -> KingHost (registrar DNS, legacy)
# Run from the lego-renew.timer systemd unit.
set -euo pipefail

LEGO_PATH=/var/lib/lego
EMAIL=pki@example.com
HOOK="systemctl reload nginx"

# Cloudflare: token read from the secret file for this one command only.
CF_DNS_API_TOKEN="$(cat /run/secrets/cloudflare_dns_token)" \
CLOUDFLARE_PROPAGATION_TIMEOUT=180 \
CLOUDFLARE_POLLING_INTERVAL=5 \
lego --accept-tos --email "$EMAIL" --path "$LEGO_PATH" \
  --dns cloudflare --dns.resolvers 1.1.1.1:53 \
  -d example.com -d '*.example.com' \
  renew --days 30 --renew-hook "$HOOK"

# KingHost: lego supports the _FILE suffix for every provider variable.
KINGHOST_USERNAME=dns@example.com.br \
KINGHOST_PASSWORD_FILE=/run/secrets/kinghost_password \
lego --accept-tos --email "$EMAIL" --path "$LEGO_PATH" \
  --dns kinghost \
  -d example.com.br -d www.example.com.br \
  renew --days 30 --renew-hook "$HOOK"

# report expiry for the node exporter textfile collector
for crt in "$LEGO_PATH"/certificates/*.crt; do
  case "$crt" in *.issuer.crt) continue ;; esac
  end=$(openssl x509 -enddate -noout -in "$crt" | cut -d= -f2)
  printf 'lego_cert_not_after{cert="%s"} %s\n' "$(basename "$crt" .crt)" "$(date -d "$end" +%s)"
done > /var/lib/node_exporter/textfile/lego.prom.$$
mv /var/lib/node_exporter/textfile/lego.prom.$$ /var/lib/node_exporter/textfile/lego.prom
