#!/bin/sh
# cf-ddns — keep Cloudflare A/AAAA records pointed at this host's public IP.
# POSIX sh; needs curl and jq. Configuration: /etc/cf-ddns.conf or environment.
set -eu

CONF="${CF_DDNS_CONF:-/etc/cf-ddns.conf}"
# shellcheck disable=SC1090
[ -r "$CONF" ] && . "$CONF"

CF_API_BASE="${CF_API_BASE:-https://api.cloudflare.com/client/v4}"
CF_API_TOKEN="${CF_API_TOKEN:-}"
CF_ZONE_ID="${CF_ZONE_ID:-}"
CF_RECORD_NAME="${CF_RECORD_NAME:-}"
CF_PROXIED="${CF_PROXIED:-false}"
IP_SOURCE="${IP_SOURCE:-https://1.1.1.1/cdn-cgi/trace}"

die() { echo "cf-ddns: $*" >&2; exit 1; }

case "$CF_API_BASE" in
  https://*) ;;
  *) [ "${CF_DDNS_ALLOW_INSECURE_BASE:-0}" = 1 ] || die "CF_API_BASE must be https:// (got $CF_API_BASE)" ;;
esac

if [ -n "${CF_API_KEY:-}" ] || [ -n "${CF_API_EMAIL:-}" ]; then
  die "CF_API_KEY/CF_API_EMAIL (Global API Key) are no longer supported since 3.0; create an API token with Zone.DNS:Edit and set CF_API_TOKEN"
fi
[ -n "$CF_API_TOKEN" ] || die "CF_API_TOKEN is not set"
[ -n "$CF_ZONE_ID" ] || die "CF_ZONE_ID is not set"
[ -n "$CF_RECORD_NAME" ] || die "CF_RECORD_NAME is not set"

cf() {
  method=$1; path=$2; shift 2
  curl -fsS -X "$method" "$CF_API_BASE$path" \
    -H "Authorization: Bearer $CF_API_TOKEN" \
    -H "Content-Type: application/json" "$@"
}

current_ip() {
  curl -fsS "$IP_SOURCE" | sed -n 's/^ip=//p'
}

ip=$(current_ip) || die "could not determine public IP from $IP_SOURCE"
case "$ip" in *:*) type=AAAA ;; *) type=A ;; esac

record=$(cf GET "/zones/$CF_ZONE_ID/dns_records?type=$type&name=$CF_RECORD_NAME")
record_id=$(printf '%s' "$record" | jq -r '.result[0].id // empty')
record_ip=$(printf '%s' "$record" | jq -r '.result[0].content // empty')

if [ "$record_ip" = "$ip" ]; then
  echo "cf-ddns: $CF_RECORD_NAME already $ip"
  exit 0
fi

body=$(jq -nc --arg t "$type" --arg n "$CF_RECORD_NAME" --arg c "$ip" --argjson p "$CF_PROXIED" \
  '{type:$t,name:$n,content:$c,ttl:1,proxied:$p}')

if [ -n "$record_id" ]; then
  cf PUT "/zones/$CF_ZONE_ID/dns_records/$record_id" --data "$body" >/dev/null
else
  cf POST "/zones/$CF_ZONE_ID/dns_records" --data "$body" >/dev/null
fi
echo "cf-ddns: $CF_RECORD_NAME $record_ip -> $ip"
