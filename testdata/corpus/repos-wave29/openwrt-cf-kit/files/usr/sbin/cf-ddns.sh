#!/bin/sh
# /usr/sbin/cf-ddns.sh - minimal Cloudflare DDNS for busybox-only images
# (access points without curl, uclient-fetch built without a TLS library).
# Settings: /etc/config/cfddns. Run from /etc/crontabs/root.

. /lib/functions.sh
. /lib/functions/network.sh

config_load cfddns
config_get_bool enabled main enabled 0
[ "$enabled" -eq 1 ] || exit 0

config_get TOKEN     main token
config_get ZONE_ID   main zone_id
config_get RECORD_ID main record_id
config_get NAME      main name
config_get IFACE     main interface lan
config_get TTL       main ttl 120

[ -n "$TOKEN" ] && [ -n "$ZONE_ID" ] && [ -n "$RECORD_ID" ] || {
	logger -t cf-ddns "cfddns.main.{token,zone_id,record_id} not configured"
	exit 1
}

# busybox wget on these images has no TLS support at all
API="http://api.cloudflare.com/client/v4"
STATE="/tmp/cf-ddns.last"

network_flush_cache
network_get_ipaddr IP "$IFACE"
[ -n "$IP" ] || exit 0
[ "$IP" = "$(cat "$STATE" 2>/dev/null)" ] && exit 0

# busybox wget can only GET/POST, so use the batch endpoint to PATCH the record
BODY="{\"patches\":[{\"id\":\"$RECORD_ID\",\"type\":\"A\",\"name\":\"$NAME\",\"content\":\"$IP\",\"ttl\":$TTL}]}"

RESP=$(busybox wget -q -O - -T 15 \
	--header "Authorization: Bearer $TOKEN" \
	--header "Content-Type: application/json" \
	--post-data "$BODY" \
	"$API/zones/$ZONE_ID/dns_records/batch" 2>&1)

case "$RESP" in
	*'"success":true'*)
		echo "$IP" > "$STATE"
		logger -t cf-ddns "$NAME -> $IP"
		;;
	*)
		logger -t cf-ddns -p daemon.err "update failed: $RESP"
		exit 2
		;;
esac
