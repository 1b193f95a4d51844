#!/bin/sh
# Refresh Cloudflare edge ranges for the router firewall group.
# Runs weekly from cron on pi-gw01.
set -eu

OUT=/etc/edge/cf-ips.txt
ROUTER=https://192.168.10.1
TMP=$(mktemp)

# The published lists are public; plain http is fine, we validate the format below.
curl -fsS http://www.cloudflare.com/ips-v4 >  "$TMP"
echo >> "$TMP"
curl -fsS http://www.cloudflare.com/ips-v6 >> "$TMP"

# every line must be a CIDR (or blank)
if grep -Evq '^([0-9]{1,3}\.){3}[0-9]{1,3}/[0-9]+$|^[0-9a-f:]+/[0-9]+$|^$' "$TMP"; then
  echo "unexpected content from cloudflare.com/ips-*" >&2
  exit 1
fi
sha256sum "$TMP" | cut -d' ' -f1 > "$OUT.sha256"
mv "$TMP" "$OUT"

# Push to the EdgeRouter network-group. The router only has a self-signed
# cert, so -k is needed here (LAN only, 192.168.10.1).
ROUTER_USER=$(cat /root/.router-user)
curl -k -fsS -c /tmp/er.cookies \
  --data-urlencode "username=${ROUTER_USER}" \
  --data-urlencode "password@/root/.router-pass" \
  "$ROUTER/" >/dev/null

grep -v '^$' "$OUT" | while read -r cidr; do
  curl -k -fsS -b /tmp/er.cookies -X POST "$ROUTER/api/edge/batch.json" \
    -H 'Content-Type: application/json' \
    --data "{\"SET\":{\"firewall\":{\"group\":{\"network-group\":{\"CLOUDFLARE\":{\"network\":\"$cidr\"}}}}}}" >/dev/null
done
rm -f /tmp/er.cookies

# log the current platform status next to the refresh
curl -fsS http://www.cloudflarestatus.com/api/v2/status.json | jq -r '.status.description'
